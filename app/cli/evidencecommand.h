#pragma once
// mandate-cli evidence import: reads a runtime evidence file (JSON Lines, OTLP JSON, CloudTrail)
// and stores what it says the inventory's systems did, as one undoable, audited import. The file
// is read whole before anything is written, so a bad record leaves the workspace as it was.
// Kept apart from CliApp, which only parses the command line.

#include "io/evidencereader.h"

#include <QCoreApplication>

class QTextStream;

namespace Mandate {

class Workspace;

class EvidenceCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommand)

public:
    EvidenceCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // Returns a CliApp::ExitCode; errors are printed, naming the file and, for a bad record, its line.
    int import(Workspace &workspace, const QString &file, EvidenceFormat format, bool json);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Mandate
