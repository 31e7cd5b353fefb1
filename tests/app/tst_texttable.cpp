// The CLI's human tables: columns line up under their heading, and one overlong cell (an imported
// system's very long name) no longer pads every row of the table out to its length.
#include "texttable.h"

#include <QTest>
#include <QTextStream>

using namespace Mandate;

class TestTextTable : public QObject
{
    Q_OBJECT

    static QStringList written(const TextTable &table)
    {
        QString text;
        QTextStream out(&text);
        table.write(out);
        out.flush();
        return text.split(u'\n', Qt::SkipEmptyParts);
    }

private slots:
    void columnsLineUpUnderTheirHeading()
    {
        TextTable table;
        table.setHeader({ QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Paradigm") });
        table.addRow({ QStringLiteral("1"), QStringLiteral("Claims triage model"), QStringLiteral("Predictive") });
        table.addRow({ QStringLiteral("12"), QStringLiteral("Bot"), QStringLiteral("Agentic") });
        const QStringList lines = written(table);
        QCOMPARE(lines.size(), 3);
        const qsizetype paradigmColumn = lines.at(0).indexOf(QStringLiteral("Paradigm"));
        QCOMPARE(lines.at(1).indexOf(QStringLiteral("Predictive")), paradigmColumn);
        QCOMPARE(lines.at(2).indexOf(QStringLiteral("Agentic")), paradigmColumn);
        for (const QString &line : lines)
            QVERIFY2(!line.endsWith(u' '), qPrintable(line));
    }

    void anOverlongCellIsWrittenWholeAndMovesOnlyItsOwnRow()
    {
        const QString longName = QStringLiteral("Public information compilation for travel threat analysis ").repeated(5);
        TextTable table;
        table.setHeader({ QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Paradigm") });
        table.addRow({ QStringLiteral("1"), QStringLiteral("Babel"), QStringLiteral("Undetermined") });
        table.addRow({ QStringLiteral("2"), longName, QStringLiteral("Agentic") });
        table.addRow({ QStringLiteral("3"), QStringLiteral("Fivecast"), QStringLiteral("Generative") });
        const QStringList lines = written(table);
        const qsizetype paradigmColumn = lines.at(0).indexOf(QStringLiteral("Paradigm"));
        QVERIFY2(paradigmColumn <= 4 + TextTable::maxColumnWidth + 2, qPrintable(lines.at(0)));
        QCOMPARE(lines.at(1).indexOf(QStringLiteral("Undetermined")), paradigmColumn);
        QCOMPARE(lines.at(3).indexOf(QStringLiteral("Generative")), paradigmColumn);
        QVERIFY(lines.at(2).contains(longName + QStringLiteral("  Agentic"))); // nothing cut off
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
