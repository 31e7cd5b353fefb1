#pragma once
// mandate-cli import: the import wizard's two passes without the window. The check pass reads the
// file and reports what it would do (new, changed, unchanged, bad rows, conflicts, secrets); unless
// it is a dry run, the write pass then stores it in one transaction. Kept apart from CliApp, which
// only parses the command line, so that the report's two renderings (text and --json) live here.

#include "io/importpass.h"

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace Mandate {

class Workspace;

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    struct Options
    {
        QString workspace;
        QString file;
        RecordSource::Format format = RecordSource::Format::Auto;
        QString mappingFile; // empty: the mapping follows the file's headers
        QString keyColumn; // empty: external id, else name
        bool abortOnBadRows = false;
        bool takeFileOnConflict = false;
        bool allNew = false; // match nothing: every row is a new system
        bool dryRun = false;
        bool json = false;
    };

    ImportCommand(const Options &options, QTextStream &out, QTextStream &err);

    // Reads the mapping file, if one was given, before the workspace is opened; false (the error
    // printed, naming the file, line and column) when it cannot be used.
    bool loadMapping();
    // Checks the file, then writes it unless this is a dry run; returns a CliApp::ExitCode.
    int run(Workspace &workspace);

private:
    struct Outcome
    {
        bool committed = false;
        QString error; // why nothing was written; empty when all went well or on a dry run
    };

    void printText(const ImportReport &report, const Outcome &outcome);
    void printJson(const ImportReport &report, const Outcome &outcome);
    QString abortMessage(const ImportReport &report) const;
    QString where(qint64 line, const QString &column) const;
    int fail(int exitCode, const QString &message);

    Options m_options;
    ImportSettings m_settings;
    QJsonObject m_mapping; // as the import used it, for --json
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Mandate
