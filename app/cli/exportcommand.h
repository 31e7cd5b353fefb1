#pragma once
// mandate-cli export: the inventory, a campaign or the whole workspace as a file (issue 7). What a
// format and scope write is ExportJob's (views/exportjob.h), as in the Export dialog; this class
// only checks the command line, picks the systems exactly as `list --filter` does, and prints what
// it wrote. A refusal prints why and leaves no file: every writer goes through QSaveFile.

#include "domain/aisystem.h"
#include "domain/campaign.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>
#include <optional>

class QTextStream;

namespace Mandate {

class Workspace;

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    struct Options
    {
        QStringList arguments; // WS only
        std::optional<QString> format; // pdf, csv or json
        std::optional<QString> out;
        std::optional<QString> campaign;
        std::optional<QString> filter;
    };

    static QString synopsis();

    ExportCommand(const Options &options, QTextStream &out, QTextStream &err);

    // What is wrong with the command line (translated, empty when nothing): a missing or extra
    // argument, a missing --format or --out, an unknown format, --filter with a campaign CSV.
    QString usageProblem() const;
    // Writes the file; returns a CliApp::ExitCode. Refused, with nothing written: an --out that is a
    // folder, an unknown campaign, a --filter that matches no system.
    int run(Workspace &workspace);

private:
    QVector<SystemId> selectedSystems(Workspace &workspace) const;
    int badInput(const QString &path, const QString &message);
    int writeFailed(const QString &message);

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Mandate
