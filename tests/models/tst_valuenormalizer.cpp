// The values analysts' files really hold, turned into the ids of the native layout: yes/no
// answers, paradigm labels, lifecycle stages (the federal inventory's included), dates, cadences.
// What is not understood is reported with a reason, never guessed.
#include "io/valuenormalizer.h"

#include <QTest>

using namespace Mandate;

class TestValueNormalizer : public QObject
{
    Q_OBJECT

private:
    static void addColumns()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("stored"); // the storage form as text; empty with a problem when refused
        QTest::addColumn<bool>("accepted");
    }

    static void accept(const char *name, const char *field, const QString &raw, const char *stored)
    {
        QTest::addRow("%s", name) << QString::fromLatin1(field) << raw << QString::fromUtf8(stored) << true;
    }

    static void refuse(const char *name, const char *field, const QString &raw)
    {
        QTest::addRow("%s", name) << QString::fromLatin1(field) << raw << QString() << false;
    }

    static void check()
    {
        QFETCH(QString, field);
        QFETCH(QString, raw);
        QFETCH(QString, stored);
        QFETCH(bool, accepted);
        QString problem;
        const auto result = ValueNormalizer::normalize(*fieldFromId(field), raw, &problem);
        QVERIFY2(result.has_value() == accepted, qPrintable(problem.isEmpty() ? raw : problem));
        if (accepted) {
            QCOMPARE(result->toString(), stored);
        } else {
            QVERIFY(!problem.isEmpty());
            QVERIFY2(problem.contains(raw.trimmed()), qPrintable(problem)); // names what it could not read
        }
    }

    static QString s(const char *utf8) { return QString::fromUtf8(utf8); }

private slots:
    void yesNoAnswersBecomeTristates_data()
    {
        addColumns();
        accept("Yes is yes", "uses_tools", s("Yes"), "yes");
        accept("Y is yes", "uses_tools", s("Y"), "yes");
        accept("true is yes", "selects_actions", s("true"), "yes");
        accept("TRUE is yes", "selects_actions", s("TRUE"), "yes");
        accept("1 is yes", "multi_agent", s("1"), "yes");
        accept("a cross in a checkbox column is yes", "persistent_memory", s("x"), "yes");
        accept("a tick is yes", "accesses_credentials", s("\xE2\x9C\x93"), "yes");
        accept("a heavy tick is yes", "accesses_credentials", s(" \xE2\x9C\x94 "), "yes");
        accept("No is no", "uses_tools", s("No"), "no");
        accept("N is no", "uses_tools", s("n"), "no");
        accept("false is no", "affects_external_systems", s("False"), "no");
        accept("0 is no", "output_feeds_execution", s("0"), "no");
        accept("an empty cell is unknown", "uses_tools", s(""), "unknown");
        accept("spaces are unknown", "uses_tools", s("   "), "unknown");
        accept("Unknown is unknown", "uses_tools", s("Unknown"), "unknown");
        accept("N/A is unknown", "vendor_operated", s("N/A"), "unknown");
        accept("TBD is unknown", "vendor_operated", s("TBD"), "unknown");
        accept("a question mark is unknown", "vendor_operated", s("?"), "unknown");
        refuse("a sentence is not a yes or no", "uses_tools", s("Yes, for some tasks"));
        refuse("a number other than 0 or 1 is refused", "uses_tools", s("2"));
    }
    void yesNoAnswersBecomeTristates() { check(); }

    void paradigmLabelsBecomeTheRecordedParadigm_data()
    {
        addColumns();
        accept("Agentic AI is agentic", "paradigm", s("Agentic AI"), "agentic");
        accept("AI agent is agentic", "paradigm", s("AI agent"), "agentic");
        accept("autonomous agent is agentic", "paradigm", s("autonomous agent"), "agentic");
        accept("Generative AI is generative", "paradigm", s("Generative AI"), "generative");
        accept("GenAI is generative", "paradigm", s("GenAI"), "generative");
        accept("LLM is generative", "paradigm", s("LLM"), "generative");
        accept("large language model is generative", "paradigm", s("Large Language Model"), "generative");
        accept("Classical ML is predictive", "paradigm", s("Classical ML"), "predictive");
        accept("Machine learning is predictive", "paradigm", s("Machine learning"), "predictive");
        accept("ML is predictive", "paradigm", s("ML"), "predictive");
        accept("NLP is predictive", "paradigm", s("NLP"), "predictive");
        accept("Natural language processing is predictive", "paradigm", s("Natural Language Processing"),
               "predictive");
        accept("Computer Vision is predictive", "paradigm", s("Computer Vision"), "predictive");
        accept("Predictive is predictive", "paradigm", s("Predictive"), "predictive");
        accept("forecast is predictive", "paradigm", s("forecast"), "predictive");
        accept("classification is predictive", "paradigm", s("Classification"), "predictive");
        accept("regression is predictive", "paradigm", s("regression"), "predictive");
        accept("causal is causal", "paradigm", s("causal"), "causal");
        accept("causal inference is causal", "paradigm", s("Causal inference"), "causal");
        accept("an empty label is undecided", "paradigm", s(""), "undecided");
        accept("an unknown label is undecided", "paradigm", s("unknown"), "undecided");
        accept("a list of labels that agree", "paradigm", s("GenAI; LLM"), "generative");
        accept("a Python-style list that agrees", "paradigm", s("['NLP', 'Machine Learning']"), "predictive");
        refuse("an unknown label is reported", "paradigm", s("Robotic process automation"));
        refuse("labels that disagree are reported", "paradigm", s("Generative AI, NLP"));
        refuse("a list with an unknown label is reported", "paradigm", s("['ML', 'Quantum']"));
    }
    void paradigmLabelsBecomeTheRecordedParadigm() { check(); }

    void lifecycleVocabulariesBecomeStages_data()
    {
        addColumns();
        accept("Pre-deployment is proposed", "lifecycle_stage", s("Pre-deployment"), "proposed");
        accept("Planned is proposed", "lifecycle_stage", s("Planned"), "proposed");
        accept("Idea is proposed", "lifecycle_stage", s("Idea"), "proposed");
        accept("Development is development", "lifecycle_stage", s("Development"), "development");
        accept("Development and Acquisition is development", "lifecycle_stage", s("Development and Acquisition"),
               "development");
        accept("In development is development", "lifecycle_stage", s("In development"), "development");
        accept("Acquisition is development", "lifecycle_stage", s("Acquisition"), "development");
        accept("Pilot is pilot", "lifecycle_stage", s("Pilot"), "pilot");
        accept("Testing is pilot", "lifecycle_stage", s("Testing"), "pilot");
        accept("Deployed is production", "lifecycle_stage", s("Deployed"), "production");
        accept("Production is production", "lifecycle_stage", s("Production"), "production");
        accept("In use is production", "lifecycle_stage", s("In use"), "production");
        accept("Retiring is retiring", "lifecycle_stage", s("Retiring"), "retiring");
        accept("Being retired is retiring", "lifecycle_stage", s("Being retired"), "retiring");
        accept("Retired is offboarded", "lifecycle_stage", s("Retired"), "offboarded");
        accept("Decommissioned is offboarded", "lifecycle_stage", s("Decommissioned"), "offboarded");
        accept("an id in capitals", "lifecycle_stage", s("PILOT"), "pilot");
        accept("a blank stage is proposed, as for a system entered by hand", "lifecycle_stage", s(""), "proposed");
        refuse("an unknown stage is reported", "lifecycle_stage", s("Hibernating"));
    }
    void lifecycleVocabulariesBecomeStages() { check(); }

    // Every stage the two files of the 2024 federal inventory hold, as written there.
    void theFederalInventoryStagesAreAllUnderstood_data()
    {
        addColumns();
        accept("federal Initiated", "lifecycle_stage", s("Initiated"), "proposed");
        accept("federal Planned", "lifecycle_stage", s("Planned"), "proposed");
        accept("federal Ideation", "lifecycle_stage", s("Ideation"), "proposed");
        accept("federal Acquisition and/or Development", "lifecycle_stage", s("Acquisition and/or Development"),
               "development");
        accept("federal Implementation and Assessment", "lifecycle_stage", s("Implementation and Assessment"),
               "pilot");
        accept("federal Operation and Maintenance", "lifecycle_stage", s("Operation and Maintenance"),
               "production");
        accept("federal In production", "lifecycle_stage", s("In production"), "production");
        accept("federal In mission", "lifecycle_stage", s("In mission"), "production");
        accept("federal Retired", "lifecycle_stage", s("Retired"), "offboarded");
        accept("federal Research or Administrative Action Complete, with its double space", "lifecycle_stage",
               s("Research or  Administrative Action Complete"), "offboarded");
        accept("federal blank stage", "lifecycle_stage", s(""), "proposed");
    }
    void theFederalInventoryStagesAreAllUnderstood() { check(); }

    void outputKindsAndApprovalGatesTakeIdsAndObviousSynonyms_data()
    {
        addColumns();
        accept("an output kind id", "output_kind", s("content"), "content");
        accept("Predictions are a prediction", "output_kind", s("Predictions"), "prediction");
        accept("a score is a prediction", "output_kind", s("Score"), "prediction");
        accept("generated text is content", "output_kind", s("Text"), "content");
        accept("actions are an action", "output_kind", s("Actions"), "action");
        accept("explanations are an explanation", "output_kind", s("Explanations"), "explanation");
        accept("a blank output kind is unknown", "output_kind", s(""), "unknown");
        refuse("an unknown output kind is reported", "output_kind", s("vibes"));
        accept("a gate id", "approval_gate", s("per_action"), "per_action");
        accept("a gate label", "approval_gate", s("Per action"), "per_action");
        accept("human in the loop is per action", "approval_gate", s("Human-in-the-loop"), "per_action");
        accept("No approval is none", "approval_gate", s("No approval"), "none");
        accept("No is none", "approval_gate", s("No"), "none");
        accept("a session gate", "approval_gate", s("Per session"), "per_session");
        accept("four eyes is two-person", "approval_gate", s("Four-eyes"), "two_person");
        accept("Two-person, our own label", "approval_gate", s("Two-person"), "two_person");
        accept("a blank gate is unknown", "approval_gate", s(" "), "unknown");
        refuse("a bare yes does not say which gate", "approval_gate", s("Yes"));
    }
    void outputKindsAndApprovalGatesTakeIdsAndObviousSynonyms() { check(); }

    void datesBecomeIso_data()
    {
        addColumns();
        accept("an ISO date", "last_reviewed", s("2026-01-31"), "2026-01-31");
        accept("an ISO date and time", "last_reviewed", s("2026-01-31T09:30:00Z"), "2026-01-31");
        accept("slashes are month first", "last_reviewed", s("01/02/2026"), "2026-01-02");
        accept("the federal inventory's short month and day", "last_reviewed", s("7/1/2023"), "2023-07-01");
        accept("dots are day first", "last_reviewed", s("31.01.2026"), "2026-01-31");
        accept("year first with slashes", "last_reviewed", s("2026/01/31"), "2026-01-31");
        accept("a blank date is no date", "last_reviewed", s(""), "");
        accept("N/A is no date", "last_reviewed", s("N/A"), "");
        refuse("a day past the month's end", "last_reviewed", s("02/30/2026"));
        refuse("a day-first date with slashes beyond twelve", "last_reviewed", s("31/01/2026"));
        refuse("a two-digit year", "last_reviewed", s("1/2/26"));
        refuse("a federal explanation instead of a date", "last_reviewed",
               s("N/A - Consolidated into another use case."));
    }
    void datesBecomeIso() { check(); }

    void cadencesBecomeDays_data()
    {
        addColumns();
        accept("digits", "review_cadence_days", s("90"), "90");
        accept("digits and days", "review_cadence_days", s("30 days"), "30");
        accept("quarterly", "review_cadence_days", s("Quarterly"), "90");
        accept("annually", "review_cadence_days", s("annually"), "365");
        accept("a blank cadence is the default", "review_cadence_days", s(""), "0");
        refuse("a negative cadence", "review_cadence_days", s("-5"));
        refuse("more than ten years", "review_cadence_days", s("4000"));
        refuse("words that are no period", "review_cadence_days", s("sometimes"));
    }
    void cadencesBecomeDays() { check(); }

    void textFieldsKeepWhatTheFileSays_data()
    {
        addColumns();
        accept("a name is trimmed", "name", s("  Claims triage "), "Claims triage");
        refuse("a blank name is refused", "name", s("  "));
        accept("a description is kept as written", "description", s(" Line one\nline two "), " Line one\nline two ");
        accept("a vendor of N/A is what the file says", "vendor", s("N/A"), "N/A");
        accept("an owner is a name for the importer to resolve", "business_owner", s(" Ada Lovelace "),
               "Ada Lovelace");
        accept("an owner of TBD is nobody", "risk_owner", s("TBD"), "");
        accept("custom attributes as JSON", "custom_attributes", s("{\"a\": 1}"), "{\"a\":1}");
        accept("blank custom attributes are none", "custom_attributes", s(""), "{}");
    }
    void textFieldsKeepWhatTheFileSays() { check(); }
};

QTEST_GUILESS_MAIN(TestValueNormalizer)
#include "tst_valuenormalizer.moc"
