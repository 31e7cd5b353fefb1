// Field names of the native layout and the validation every edit path shares (GUI, CLI, import).
#include "domain/aisystem.h"
#include "domain/systemfield.h"

#include <QSet>
#include <QTest>

using namespace Mandate;

class TestSystemField : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldHasAUniqueIdThatRoundTrips()
    {
        QSet<QString> seen;
        for (SystemField field : allSystemFields()) {
            const QString id = fieldId(field);
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QCOMPARE(fieldFromId(id), std::optional<SystemField>(field));
            QVERIFY(!fieldLabel(field).isEmpty());
        }
        QVERIFY(seen.contains(QStringLiteral("approval_gate")));
        QCOMPARE(fieldFromId(QStringLiteral("Uses_Tools")), std::optional<SystemField>(SystemField::UsesTools));
        QCOMPARE(fieldFromId(QStringLiteral("colour")), std::nullopt);
    }

    // Free-text fields are the ones an import scans for secrets; every other field accepts only
    // a vocabulary id, a date or a number, so a secret there is refused rather than stored.
    void onlyFieldsThatTakeAnyTextAreFreeText()
    {
        const QString secret = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        for (const SystemField field : allSystemFields()) {
            if (field == SystemField::CustomAttributes)
                continue; // takes a JSON object, not a bare value
            QString problem;
            const bool accepted = normalizedFieldValue(field, secret, &problem).has_value()
                || isOwnerField(field); // owners are names the import resolves
            QCOMPARE(isFreeTextField(field), accepted);
        }
        QVERIFY(isFreeTextField(SystemField::CustomAttributes));
    }

    void valuesAreCheckedAndNormalised_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QVariant>("stored");
        QTest::addRow("a name is trimmed") << "name" << QVariant(QStringLiteral("  Fraud scorer ")) << true
                                           << QVariant(QStringLiteral("Fraud scorer"));
        QTest::addRow("an empty name is refused") << "name" << QVariant(QStringLiteral("   ")) << false << QVariant();
        QTest::addRow("a tristate id in any case") << "uses_tools" << QVariant(QStringLiteral("YES")) << true
                                                   << QVariant(QStringLiteral("yes"));
        QTest::addRow("a tristate synonym is not an id") << "uses_tools" << QVariant(QStringLiteral("Y")) << false
                                                         << QVariant();
        QTest::addRow("a gate id") << "approval_gate" << QVariant(QStringLiteral("per_action")) << true
                                   << QVariant(QStringLiteral("per_action"));
        QTest::addRow("an unknown paradigm") << "paradigm" << QVariant(QStringLiteral("robotic")) << false << QVariant();
        QTest::addRow("a cadence in days") << "review_cadence_days" << QVariant(QStringLiteral("30")) << true
                                           << QVariant(30);
        QTest::addRow("a negative cadence") << "review_cadence_days" << QVariant(QStringLiteral("-1")) << false
                                            << QVariant();
        QTest::addRow("an ISO date") << "last_reviewed" << QVariant(QStringLiteral("2026-10-01")) << true
                                     << QVariant(QStringLiteral("2026-10-01"));
        QTest::addRow("a date in another format") << "last_reviewed" << QVariant(QStringLiteral("01/10/2026")) << false
                                                  << QVariant();
        QTest::addRow("a date with slashes") << "last_reviewed" << QVariant(QStringLiteral("2026/10/01")) << false
                                             << QVariant();
        QTest::addRow("no date clears it") << "last_reviewed" << QVariant(QString()) << true << QVariant(QString());
        QTest::addRow("custom attributes as a JSON object")
            << "custom_attributes" << QVariant(QStringLiteral("{\"cost centre\": \"4711\"}")) << true
            << QVariant(QStringLiteral("{\"cost centre\":\"4711\"}"));
        QTest::addRow("custom attributes that are not an object")
            << "custom_attributes" << QVariant(QStringLiteral("[1,2]")) << false << QVariant();
    }

    void valuesAreCheckedAndNormalised()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, input);
        QFETCH(bool, accepted);
        QFETCH(QVariant, stored);
        QString problem;
        const auto result = normalizedFieldValue(*fieldFromId(field), input, &problem);
        QCOMPARE(result.has_value(), accepted);
        if (accepted) {
            QCOMPARE(result->toString(), stored.toString());
        } else {
            QVERIFY(!problem.isEmpty());
        }
    }

    void aSystemReadsAndWritesEveryField()
    {
        AiSystem system;
        system.setValue(SystemField::Paradigm, QStringLiteral("agentic"));
        system.setValue(SystemField::ApprovalGate, QStringLiteral("two_person"));
        system.setValue(SystemField::TechnicalOwner, qint64(7));
        system.setValue(SystemField::LastReviewed, QStringLiteral("2026-09-30"));
        QCOMPARE(system.paradigm, Paradigm::Agentic);
        QCOMPARE(system.behaviour.approvalGate, ApprovalGate::TwoPerson);
        QCOMPARE(system.technicalOwner, qint64(7));
        QCOMPARE(system.lastReviewed, QDate(2026, 9, 30));
        QCOMPARE(system.value(SystemField::ApprovalGate).toString(), QStringLiteral("two_person"));
        // An invalid id leaves the value as it was rather than resetting it.
        system.setValue(SystemField::Paradigm, QStringLiteral("robotic"));
        QCOMPARE(system.paradigm, Paradigm::Agentic);
    }
};

QTEST_GUILESS_MAIN(TestSystemField)
#include "tst_systemfield.moc"
