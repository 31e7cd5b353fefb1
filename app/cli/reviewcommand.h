#pragma once
// mandate-cli review: access-review campaigns for scripts (issue 6). Every rule (justification,
// separation of duties, frozen after sign-off) is the workspace's, so the CLI and the guided session
// refuse the same things with the same words; this class only reads arguments and files, calls the
// workspace once per action and prints. A refusal prints workspace->lastError() and changes nothing.

#include "domain/campaign.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>
#include <optional>

class QTextStream;

namespace Mandate {

class Workspace;

class ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)

public:
    struct Options
    {
        QString action;        // create, list, show, decide, signoff, close
        QStringList arguments; // after the action: WS first, then CAMPAIGN for most actions
        bool json = false;
        std::optional<QString> name;
        std::optional<QString> scope;
        std::optional<QString> due;
        std::optional<QString> decisions;
        QStringList reviewers;
    };

    // The usage line of one action, or of all when action is none of them; not translated.
    static QString synopsis(const QString &action);

    ReviewCommand(const Options &options, QTextStream &out, QTextStream &err);

    // What is wrong with the command line (translated, empty when nothing): an unknown action, a
    // missing or extra argument, an option this action does not take or a required one missing.
    QString usageProblem() const;
    // Runs the action on the open workspace; returns a CliApp::ExitCode.
    int run(Workspace &workspace);

    // Reads a decisions file: {"decisions": [{"item": 12, "decision": "keep", "justification": "…"}]}
    // or the bare array. nullopt with a translated error naming the file and the line or entry.
    static std::optional<QVector<ReviewDecisionInput>> readDecisions(const QString &file, QString *error);

private:
    int create(Workspace &workspace);
    int list(Workspace &workspace);
    int decide(Workspace &workspace, const Campaign &campaign);
    int signOff(Workspace &workspace, const Campaign &campaign);
    int close(Workspace &workspace, const Campaign &campaign);
    int badInput(const QString &path, const QString &message);
    int refused(const Workspace &workspace);

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Mandate
