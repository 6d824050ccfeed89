#include "historymodel.h"

#include "base/displaytime.h"
#include "base/servertext.h"
#include "contract/vocabulary.h"
#include "journal/journalwords.h"
#include "plaintext.h"

#include <QBrush>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace cube {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::text(const JournalEntry &entry, int column) const
{
    // The journal's text is cleaned where it is shown: a reason was typed in, and the file may
    // have been written by another program or an older version.
    switch (column) {
    case Recorded:
        return displaytime::dateTime(entry.recordedAt.toLocalTime());
    case Change:
        return JournalWords::operationWords(entry.operation);
    case Subject:
        return subjectText(entry);
    case Outcome:
        return JournalWords::words(entry.outcome());
    case Reason:
        return cleanStoredText(entry.reason);
    case Profile:
        return cleanStoredText(entry.profile);
    case By:
        return entry.byline();
    case Program:
        return cleanStoredText(entry.origin);
    default:
        break;
    }
    return {};
}

QString HistoryModel::subjectText(const JournalEntry &entry)
{
    QStringList codes;
    for (const QString &code : entry.subjects)
        codes.append(cleanStoredText(code));
    return codes.join(u", "_s);
}

QString HistoryModel::answerText(const JournalEntry &entry)
{
    return cleanStoredText(entry.answerMessage);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Outcome)
            return plainToolTip(
                JournalWords::words(entry.state)
                + (entry.answerMessage.isEmpty() ? QString() : u"\n"_s + answerText(entry)));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Outcome && entry.outcome() != JournalOutcome::Done)
            return QBrush(entry.outcome() == JournalOutcome::Unknown ? QColor(0xb0, 0x60, 0x00)
                                                                     : QColor(0xb0, 0x00, 0x20));
        return {};
    default:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Recorded)
        return tr("When the change was recorded, just before it was sent, in this computer's "
                  "time zone.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Recorded:
        return tr("Recorded");
    case Change:
        return tr("Change");
    case Subject:
        return tr("Order or SIM");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    case Profile:
        return tr("Profile");
    case By:
        //: The column of who sent a change, and from which computer
        return tr("By");
    case Program:
        return tr("Program");
    default:
        break;
    }
    return {};
}

void HistoryModel::setEntries(QList<JournalEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QStringList HistoryModel::extraCsvHeaders()
{
    return {tr("Fields sent"), tr("Server code"), tr("Server message")};
}

QStringList HistoryModel::extraCsvCells(const JournalEntry &entry)
{
    return {cleanStoredText(
                QString::fromUtf8(QJsonDocument(entry.fields).toJson(QJsonDocument::Compact))),
            cleanStoredText(entry.answerCode), answerText(entry)};
}

namespace {

// The fields of the journaled operations (cube-api.md), in the order a person reads them.
const char *const readingOrder[] = {
    "order_code",     "order_id",     "device_id",    "deviceList",   "ahead_finish_cause",
    "device_type",    "renew_period", "package_name", "package_code", "package_type",
    "order_period",   "is_open",      "global_order", "pay_amount",   "pay_rst",
    "pay_type",       "mcc",          "days",         "timing_type",  "test_flow",
    "test_flow_flag", "content",
};

int readingRank(const QString &key)
{
    const auto found =
        std::find_if(std::begin(readingOrder), std::end(readingOrder),
                     [&key](const char *known) { return key == QLatin1StringView(known); });
    return int(found - std::begin(readingOrder));
}

} // namespace

QString HistoryModel::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {u"order_code"_s, QT_TR_NOOP("Order code")},
        {u"order_id"_s, QT_TR_NOOP("Order code")},
        {u"device_id"_s, QT_TR_NOOP("ICCID")},
        {u"deviceList"_s, QT_TR_NOOP("SIM cards")},
        {u"ahead_finish_cause"_s, QT_TR_NOOP("Reason")},
        {u"device_type"_s, QT_TR_NOOP("Device type")},
        {u"renew_period"_s, QT_TR_NOOP("Periods added")},
        {u"package_name"_s, QT_TR_NOOP("Plan")},
        {u"package_code"_s, QT_TR_NOOP("Plan code")},
        {u"package_type"_s, QT_TR_NOOP("Period")},
        {u"order_period"_s, QT_TR_NOOP("Periods")},
        {u"is_open"_s, QT_TR_NOOP("Enable now")},
        {u"global_order"_s, QT_TR_NOOP("Global order")},
        {u"pay_amount"_s, QT_TR_NOOP("Amount")},
        {u"pay_rst"_s, QT_TR_NOOP("Payment")},
        {u"pay_type"_s, QT_TR_NOOP("Paid with")},
        {u"mcc"_s, QT_TR_NOOP("Country code (MCC)")},
        {u"days"_s, QT_TR_NOOP("Days")},
        {u"timing_type"_s, QT_TR_NOOP("Timing type")},
        {u"test_flow"_s, QT_TR_NOOP("Test data")},
        {u"test_flow_flag"_s, QT_TR_NOOP("Test flag")},
        {u"content"_s, QT_TR_NOOP("Message")},
    };
    const char *label = labels.value(key);
    return label ? tr(label) : key; // a field this list does not know keeps its API name
}

QString HistoryModel::fieldValue(const QString &key, const QJsonValue &value)
{
    const QLocale locale;
    const QString text =
        value.isString() ? value.toString()
        : value.isDouble()
            ? locale.toString(value.toDouble(), 'f', 0)
            : QString::fromUtf8(
                QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    const int number = value.isDouble() ? value.toInt() : text.toInt();
    if (key == u"deviceList"_s) {
        QStringList iccids;
        for (const QJsonValue &iccid : value.toArray())
            iccids.append(iccid.toString());
        return iccids.join(u", "_s);
    }
    if (key == u"device_type"_s)
        return vocabulary::deviceTypes().words(number);
    if (key == u"package_type"_s)
        return vocabulary::planTypes().words(number);
    if (key == u"is_open"_s || key == u"global_order"_s)
        return text == u"1"_s ? tr("Yes") : text == u"0"_s ? tr("No") : text;
    if (key == u"pay_rst"_s)
        return text == u"2"_s ? tr("Paid") : text == u"1"_s ? tr("Not paid") : text;
    if (key == u"pay_type"_s) // the vendor's names for its payment services
        return text == u"0"_s   ? u"ipay88"_s
               : text == u"1"_s ? tr("WeChat Pay")
               : text == u"2"_s ? tr("Alipay")
                                : text;
    if (key == u"pay_amount"_s) {
        bool ok = false;
        const double amount = text.toDouble(&ok);
        return ok ? locale.toString(amount, 'f', 2) : text;
    }
    return text;
}

QStringList HistoryModel::sentFieldLines(const QJsonObject &fields)
{
    // The journal keeps the API's own names and codes, as they were sent; a person reads plain
    // words, one "name: value" line a field.
    QStringList keys = fields.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return readingRank(a) < readingRank(b);
    });
    QStringList lines;
    for (const QString &key : std::as_const(keys))
        //: One field a change sent: its name and its value
        lines.append(
            tr("%1: %2").arg(fieldLabel(key), cleanStoredText(fieldValue(key, fields.value(key)))));
    return lines;
}

QString HistoryModel::details(const JournalEntry &entry)
{
    auto time = [](const QDateTime &when) {
        return when.isValid() ? displaytime::dateTime(when.toLocalTime()) : tr("—");
    };
    QStringList lines{
        tr("Change: %1").arg(JournalWords::operationWords(entry.operation)),
        tr("Order or SIM: %1").arg(subjectText(entry)),
        tr("Outcome: %1 (%2)")
            .arg(JournalWords::words(entry.outcome()), JournalWords::words(entry.state)),
        tr("Recorded: %1").arg(time(entry.recordedAt)),
        tr("Sent: %1").arg(time(entry.sentAt)),
        tr("Answered: %1").arg(time(entry.answeredAt)),
        tr("Checked: %1").arg(time(entry.settledAt)),
        tr("Profile: %1 (access code %2, %3)")
            .arg(entry.profile.isEmpty() ? tr("—") : cleanStoredText(entry.profile),
                 cleanStoredText(entry.accessCode), cleanStoredText(entry.baseUrl)),
        //: Who sent a change, from which computer, and with which program
        tr("By: %1, with %2").arg(entry.byline(), cleanStoredText(entry.origin)),
    };
    if (!entry.reason.isEmpty())
        lines.insert(2, tr("Reason: %1").arg(cleanStoredText(entry.reason)));
    // What the lines above say already is not said again.
    QJsonObject others = entry.fields;
    for (const QString &shown :
         {u"order_code"_s, u"order_id"_s, u"device_id"_s, u"deviceList"_s, u"ahead_finish_cause"_s})
        others.remove(shown);
    const QStringList sent = sentFieldLines(others);
    if (!sent.isEmpty()) {
        lines.append(tr("Sent to the server:"));
        for (const QString &line : sent)
            lines.append(u"    "_s + line);
    }
    if (entry.job)
        lines.append(tr("Job %1, item %2")
                         .arg(QString::number(entry.job->job),
                              QLocale().toString(qint64(entry.job->index) + 1)));
    if (!entry.answerCode.isEmpty() || !entry.answerMessage.isEmpty())
        lines.append(tr("Server: %1 %2").arg(cleanStoredText(entry.answerCode), answerText(entry)));
    if (entry.limited > 0)
        lines.append(tr("Refused %Ln time(s) for the gateway's limits (HTTP 429: not acted on), "
                        "then sent again",
                        nullptr, entry.limited));
    return lines.join(u'\n');
}

} // namespace cube
