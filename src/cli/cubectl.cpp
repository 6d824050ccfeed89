#include "cubectl.h"

#include "commandcatalog.h"
#include "commandlineusage.h"
#include "commandrun.h"
#include "console.h"
#include "exitstatus.h"
#include "globaloptions.h"
#include "helpwriter.h"

using namespace Qt::StringLiterals;

namespace cube::cli {

Cubectl::Cubectl(QStringList arguments)
    : m_arguments(std::move(arguments))
    , m_commands(commandcatalog::all())
{}

Cubectl::~Cubectl() = default;

QStringList Cubectl::commandWords(const QStringList &arguments)
{
    const QStringList valued = GlobalOptions::namesWithValues();
    QStringList words;
    for (qsizetype i = 1; i < arguments.size() && words.size() < 2; ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--"_s)
            break;
        if (argument.startsWith(u'-') && argument.size() > 1) {
            const QString name = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
            if (!name.contains(u'=') && valued.contains(name))
                ++i; // its value
            continue;
        }
        words.append(argument);
    }
    return words;
}

const CommandSpec *Cubectl::find(const QStringList &words) const
{
    for (const CommandSpec &spec : m_commands)
        if (words.size() == 2 && spec.group == words[0] && spec.action == words[1])
            return &spec;
    // A command of one word (history): what follows it are its arguments.
    for (const CommandSpec &spec : m_commands)
        if (!words.isEmpty() && spec.action.isEmpty() && spec.group == words[0])
            return &spec;
    return nullptr;
}

std::optional<int> Cubectl::start()
{
    for (const QString &argument : std::as_const(m_arguments))
        if (argument == u"--secret"_s || argument.startsWith(u"--secret="_s))
            commandline::exitWithUsageError(
                tr("cubectl takes no secret on the command line, where other users and the "
                   "shell's history could read it: set CUBE_SECRET or use --secret-stdin."));
    const QStringList words = commandWords(m_arguments);
    const CommandSpec *spec = find(words);
    const bool wantsHelp = m_arguments.contains(u"--help"_s) || m_arguments.contains(u"-h"_s);

    if (!spec) {
        if (m_arguments.contains(u"--version"_s)) {
            console::write(u"cubectl %1\n"_s.arg(QCoreApplication::applicationVersion()));
            return exitstatus::allSucceeded;
        }
        if (wantsHelp || words.isEmpty()) {
            if (wantsHelp) {
                console::write(HelpWriter::overview(m_commands));
                return exitstatus::allSucceeded;
            }
            console::writeError(HelpWriter::overview(m_commands)); // no command: a usage error
            return exitstatus::usageError;
        }
        QCommandLineParser global; // an unknown option before the command is the likelier slip
        global.addOptions(GlobalOptions::definitions());
        if (!global.parse(m_arguments))
            commandline::exitWithUsageError(u"cubectl: "_s + global.errorText() + u'\n'
                                            + tr("Options of a command go after its name."));
        commandline::exitWithUsageError(tr("cubectl: unknown command “%1”.").arg(words.join(u' '))
                                        + u'\n' + tr("Run “cubectl --help” to see the commands."));
    }

    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions(GlobalOptions::definitions());
    m_parser.addOptions(spec->options);
    if (wantsHelp) {
        console::write(HelpWriter::command(*spec));
        return exitstatus::allSucceeded;
    }
    if (!m_parser.parse(m_arguments))
        commandline::exitWithUsageError(
            u"cubectl %1: %2\n"_s.arg(spec->name(), m_parser.errorText())
            + tr("Run “cubectl %1 --help” to see its arguments and options.").arg(spec->name()));
    if (m_parser.isSet(u"version"_s)) {
        console::write(u"cubectl %1\n"_s.arg(QCoreApplication::applicationVersion()));
        return exitstatus::allSucceeded;
    }
    QStringList arguments = m_parser.positionalArguments();
    arguments.removeAt(arguments.indexOf(spec->group));
    if (!spec->action.isEmpty())
        arguments.removeAt(arguments.indexOf(spec->action));

    m_run = std::make_unique<CommandRun>(*spec, m_parser, GlobalOptions::read(m_parser), arguments);
    m_run->refuseWritesOfViewOnly();
    if (!spec->readsJournal) {
        m_run->start(spec->prepare(*m_run));
        return std::nullopt;
    }
    // Its checks read the journal: a team store's is opened first (its password read).
    m_run->openJournalThen([this, spec] { m_run->start(spec->prepare(*m_run)); });
    return std::nullopt;
}

} // namespace cube::cli
