#pragma once
// The text of a PDF as a reader of the file gets it, through pdftotext (poppler-utils, installed by
// scripts/test.sh): what the report tests check instead of pixels.

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace Mandate::Test {

inline bool hasPdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// Pages are separated by form feeds. options: e.g. "-layout" (columns kept apart, one table row per
// line) or "-raw" (content order). Empty when pdftotext fails.
inline QString pdfText(const QString &path, const QStringList &options = {})
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), options + QStringList { path, QStringLiteral("-") });
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace Mandate::Test
