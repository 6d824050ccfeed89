#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

namespace cube::test {

// Starts the cube-sim executable at `program` and returns its base URL, read from the first
// line it prints ("Cube simulator listening at URL"); an empty URL when it did not start.
inline QUrl startCubeSim(QProcess &process, const QString &program, const QStringList &arguments)
{
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    QByteArray output;
    const bool printed = QTest::qWaitFor(
        [&] {
            output += process.readAllStandardOutput();
            return output.contains('\n') || process.state() == QProcess::NotRunning;
        },
        60000);
    const auto match =
        QRegularExpression(QStringLiteral("listening at (\\S+)")).match(QString::fromUtf8(output));
    return printed && match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

} // namespace cube::test
