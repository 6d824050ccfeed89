#include "helpwriter.h"

#include "globaloptions.h"
#include "terminaltext.h"

using namespace Qt::StringLiterals;

namespace cube::cli {

namespace {

constexpr int lineWidth = 80;
constexpr int indent = 2;

// Two columns: names on the left, descriptions wrapped beside them.
QString twoColumns(const QList<std::pair<QString, QString>> &entries)
{
    int left = 0;
    for (const auto &[name, text] : entries)
        left = qMax(left, terminaltext::displayWidth(name));
    left = qMin(left, 28);
    const int right = qMax(24, lineWidth - indent - left - 2);
    QString out;
    for (const auto &[name, text] : entries) {
        const QStringList lines = terminaltext::wrapped(text, right);
        const bool nameFits = terminaltext::displayWidth(name) <= left;
        QString first = QString(indent, u' ') + terminaltext::padded(name, left) + u"  "_s;
        if (!nameFits) {
            out += QString(indent, u' ') + name + u'\n';
            first = QString(indent + left + 2, u' ');
        }
        out += first + lines.front() + u'\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            out += QString(indent + left + 2, u' ') + lines[i] + u'\n';
    }
    return out;
}

} // namespace

QString HelpWriter::paragraph(const QString &text)
{
    QString out;
    for (const QString &block : text.split(u'\n'))
        out += terminaltext::wrapped(block, lineWidth).join(u'\n') + u'\n';
    return out;
}

QString HelpWriter::options(const QList<QCommandLineOption> &options)
{
    QList<std::pair<QString, QString>> entries;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names.append(name.size() == 1 ? u"-"_s + name : u"--"_s + name);
        QString left = names.join(u", "_s);
        if (!option.valueName().isEmpty())
            left += u' ' + option.valueName();
        entries.append({left, option.description()});
    }
    return twoColumns(entries);
}

QString HelpWriter::footer()
{
    return paragraph(tr("Exit status: 0 all succeeded, 1 some failed, 2 usage error, 3 connection "
                        "or authentication failure."));
}

QString HelpWriter::overview(const QList<CommandSpec> &commands)
{
    QString out = tr("Usage: %1").arg(u"cubectl [global options] COMMAND [options] [arguments]"_s)
                  + u"\n\n"_s;
    out += paragraph(tr("Cube Console on the command line: the SIM cards, data usage, data-plan "
                        "orders and SMS of a Linksfield Cube account."))
           + u'\n';
    out += tr("Commands:") + u'\n';
    QList<std::pair<QString, QString>> entries;
    for (const CommandSpec &spec : commands)
        entries.append({spec.name(), spec.summary});
    out += twoColumns(entries) + u'\n';
    out += tr("Global options:") + u'\n' + options(GlobalOptions::definitions()) + u'\n';
    out += paragraph(
               tr("Connection: --demo, or --profile NAME (the secret from the keychain), or "
                  "--base-url and --access-code with the secret in the environment variable "
                  "CUBE_SECRET or on standard input (--secret-stdin). A secret is never taken as "
                  "an argument. Without any of these, the active profile is used."))
           + u'\n';
    out += paragraph(tr("Lists of ICCIDs or order codes may also come from a file (--from FILE) "
                        "or standard input (-), one per line."))
           + u'\n';
    out += footer();
    out += paragraph(tr("Run “cubectl COMMAND --help” for the options of a command."));
    return out;
}

QString HelpWriter::command(const CommandSpec &spec)
{
    QString out =
        tr("Usage: %1").arg(u"cubectl %1 [options] %2"_s.arg(spec.name(), spec.syntax).trimmed())
        + u"\n\n"_s;
    out += paragraph(spec.summary);
    if (!spec.details.isEmpty())
        out += u'\n' + paragraph(spec.details);
    if (!spec.options.isEmpty())
        out += u'\n' + tr("Options:") + u'\n' + options(spec.options);
    out += u'\n' + tr("Global options:") + u'\n' + options(GlobalOptions::definitions()) + u'\n';
    out += spec.exitStatus.isEmpty() ? footer() : paragraph(spec.exitStatus);
    return out;
}

} // namespace cube::cli
