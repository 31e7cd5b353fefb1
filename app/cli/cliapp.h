#pragma once
// mandate-cli: headless access to a workspace for scripts and terminals. One method per subcommand;
// each opens the workspace, does its one thing through the same Workspace API as the GUI (so edits
// are audited and undoable), closes it again and returns the process exit code.

#include <QCoreApplication>
#include <QStringList>
#include <QVector>
#include <memory>
#include <optional>

class QTextStream;

namespace Mandate {

class Workspace;

class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    enum ExitCode {
        Ok = 0,
        UsageError = 1, // the command line itself is wrong
        BadInput = 2, // a value, id or field is wrong, or the audit chain is broken; nothing changed
        WorkspaceFailed = 3 // the workspace could not be created, opened or written
    };

    CliApp(QTextStream &out, QTextStream &err);

    // arguments as from QCoreApplication::arguments(), program name first.
    int run(const QStringList &arguments);

private:
    struct Invocation
    {
        QString command;
        QStringList arguments; // positionals after the command: WS first
        bool json = false;
        std::optional<QString> filter;
        std::optional<QString> name;
        // import
        std::optional<QString> format;
        std::optional<QString> mapping;
        std::optional<QString> key;
        bool abortOnBadRows = false;
        bool takeFileOnConflict = false;
        bool allNew = false;
        bool dryRun = false;
        QString importOptionGiven() const; // the first import option given, e.g. "--dry-run"
        // review
        QStringList reviewers;
        std::optional<QString> scope;
        std::optional<QString> due;
        std::optional<QString> decisions;
        QString reviewOptionGiven() const; // the first review option given, e.g. "--reviewer"
        // export
        std::optional<QString> out;
        std::optional<QString> campaign;
    };

    int init(const Invocation &invocation);
    int list(const Invocation &invocation);
    int show(const Invocation &invocation);
    int add(const Invocation &invocation);
    int set(const Invocation &invocation);
    int verify(const Invocation &invocation);
    int import(const Invocation &invocation);
    int findings(const Invocation &invocation);
    int coverage(const Invocation &invocation);
    int evidence(const Invocation &invocation);
    int review(const Invocation &invocation);
    int exportData(const Invocation &invocation); // "export" is a keyword
    int migrate(const Invocation &invocation);
    int roles(const Invocation &invocation); // roles, grant and revoke

    struct Command
    {
        const char *name;
        const char *synopsis; // e.g. "list WS [--json] [--filter TEXT]"; not translated
        const char *description; // QT_TR_NOOP
        int positionals; // after the command, WS included; -1: the handler checks (review's actions)
        bool takesJson; // which options it takes
        bool takesFilter;
        bool takesName;
        bool takesImportOptions;
        int (CliApp::*handler)(const Invocation &);
    };
    static const QVector<Command> &commands(); // clihelp.cpp, with printHelp()
    static QString programName();

    int dispatch(const Command &command, const Invocation &invocation);
    std::unique_ptr<Workspace> open(const QString &path);
    std::optional<qint64> systemId(const Workspace &workspace, const QString &path, const QString &text);
    int usageError(const QString &message);
    int badInput(const QString &path, const QString &message);
    int workspaceFailed(const QString &message);
    int writeFailed(const Workspace &workspace, const QString &path);
    void printHelp();

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Mandate
