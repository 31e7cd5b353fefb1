#pragma once
// Shared set-up for the GUI tests: isolated settings, headless message boxes, and a small
// workspace file with three systems whose edits are not on the undo stack.

#include "messagebox.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

namespace Mandate::Test {

// Call first in initTestCase(): settings and data paths go to the test locations, and message boxes
// are recorded instead of shown. Each test executable gets its own settings file: ctest runs them in
// parallel, and one test's clear() would otherwise wipe what another had just saved.
inline void isolate()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MandateTests"));
    QCoreApplication::setApplicationName(
        QStringLiteral("MandateViewsTests-") + QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QSettings().clear();
    MessageBox::setTestAnswer(QMessageBox::Yes);
}

struct SampleIds
{
    SystemId triage = 0; // predictive, owned by Dana Whitfield
    SystemId agent = 0; // agentic identity subject
    SystemId writer = 0; // generative copy writer
};

inline SystemId addSample(
    Workspace &workspace, const QString &name, const QVector<QPair<SystemField, QString>> &values)
{
    AiSystem prototype;
    prototype.name = name;
    const SystemId id = workspace.addSystem(prototype);
    for (const auto &[field, value] : values)
        workspace.setSystemValue(id, field, value);
    return id;
}

// Creates the workspace at path and closes it again, so that the code under test opens it.
inline SampleIds createSampleWorkspace(const QString &path)
{
    WorkspaceError error;
    std::unique_ptr<Workspace> workspace = Workspace::create(path, &error);
    if (!workspace)
        qFatal("cannot create the test workspace: %s", qPrintable(error.message()));
    SampleIds ids;
    ids.triage = addSample(*workspace, QStringLiteral("Claims triage model"),
        { { SystemField::Vendor, QStringLiteral("Acme Analytics") },
            { SystemField::Paradigm, QStringLiteral("predictive") },
            { SystemField::OutputKind, QStringLiteral("prediction") },
            { SystemField::SelectsActions, QStringLiteral("no") },
            { SystemField::UsesTools, QStringLiteral("no") },
            { SystemField::LifecycleStage, QStringLiteral("production") } });
    workspace->setSystemOwner(ids.triage, SystemField::BusinessOwner, QStringLiteral("Dana Whitfield"));
    ids.agent = addSample(*workspace, QStringLiteral("Code review agent"),
        { { SystemField::Vendor, QStringLiteral("Octo Labs") },
            { SystemField::Paradigm, QStringLiteral("agentic") },
            { SystemField::OutputKind, QStringLiteral("action") },
            { SystemField::SelectsActions, QStringLiteral("yes") },
            { SystemField::UsesTools, QStringLiteral("yes") },
            { SystemField::ApprovalGate, QStringLiteral("none") },
            { SystemField::LifecycleStage, QStringLiteral("pilot") } });
    ids.writer = addSample(*workspace, QStringLiteral("Marketing copy writer"),
        { { SystemField::Vendor, QStringLiteral("WordSmith") },
            { SystemField::Paradigm, QStringLiteral("generative") },
            { SystemField::OutputKind, QStringLiteral("content") },
            { SystemField::SelectsActions, QStringLiteral("no") },
            { SystemField::UsesTools, QStringLiteral("no") },
            { SystemField::LifecycleStage, QStringLiteral("development") } });
    workspace->undoStack()->clear();
    return ids;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Picks a combo box entry the way a person does, by typing its label, so that activated() fires.
inline void chooseByTyping(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClicks(combo, text);
    QTest::qWait(QApplication::keyboardInputInterval() + 50); // let the keyboard search reset
}

} // namespace Mandate::Test
