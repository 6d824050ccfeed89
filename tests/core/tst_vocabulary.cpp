#include "base/translationinstaller.h"
#include "contract/apierror.h"
#include "contract/vocabulary.h"
#include "journal/journalwords.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The vocabularies by name, for the rows of a table.
const cube::Vocabulary &vocabularyNamed(const QString &name)
{
    if (name == "life cycle"_L1)
        return cube::vocabulary::lifeCycles();
    if (name == "order status"_L1)
        return cube::vocabulary::orderStatuses();
    if (name == "device type"_L1)
        return cube::vocabulary::deviceTypes();
    if (name == "plan type"_L1)
        return cube::vocabulary::planTypes();
    return cube::vocabulary::errorKinds();
}

// A journal term's key and words, through JournalWords as the journal and its readers use it.
std::pair<QString, QString> journalTerm(const QString &kind, int number)
{
    if (kind == "state"_L1) {
        const auto state = static_cast<cube::JournalState>(number);
        return {cube::JournalWords::key(state), cube::JournalWords::words(state)};
    }
    if (kind == "outcome"_L1) {
        const auto outcome = static_cast<cube::JournalOutcome>(number);
        return {cube::JournalWords::key(outcome), cube::JournalWords::words(outcome)};
    }
    const auto state = static_cast<cube::JobState>(number);
    return {cube::JournalWords::key(state), cube::JournalWords::words(state)};
}

} // namespace

// What each number and enumerator is called: the keys scripts and the journal file read, the
// words people read in both languages. Written once in one way (contract/vocabulary.h); these
// are the words and keys as they were before, which must not change.
class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void serverNumbers_data()
    {
        QTest::addColumn<QString>("vocabulary");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        const auto row = [](const char *vocabulary, int number, const QString &key,
                            const QString &english, const QString &chinese) {
            QTest::addRow("%s %d", vocabulary, number)
                << QString::fromLatin1(vocabulary) << number << key << english << chinese;
        };
        row("life cycle", 0, u"unknown"_s, u"Unknown"_s, u"未知"_s);
        row("life cycle", 1, u"pre-activation"_s, u"Pre-activation"_s, u"待激活"_s);
        row("life cycle", 2, u"activated"_s, u"Activated"_s, u"已激活"_s);
        row("life cycle", 3, u"pre-deactivation"_s, u"Pre-deactivation"_s, u"待停用"_s);
        row("life cycle", 4, u"deactivated"_s, u"Deactivated"_s, u"已停用"_s);
        row("order status", 0, u"not-enabled"_s, u"Not enabled"_s, u"未启用"_s);
        row("order status", 1, u"in-use"_s, u"In use"_s, u"使用中"_s);
        row("order status", 2, u"expired"_s, u"Expired"_s, u"已过期"_s);
        row("order status", 3, u"cancelled"_s, u"Cancelled"_s, u"已取消"_s);
        row("order status", 4, u"ended-early"_s, u"Ended early"_s, u"已提前结束"_s);
        row("order status", 5, u"paused"_s, u"Paused"_s, u"已暂停"_s);
        row("device type", 1, u"mifi"_s, u"MiFi"_s, u"MiFi"_s);
        row("device type", 2, u"module"_s, u"Module"_s, u"模组"_s);
        row("device type", 3, u"travel-card"_s, u"Travel card"_s, u"旅游卡"_s);
        row("device type", 4, u"iot-card"_s, u"IoT card"_s, u"物联网卡"_s);
        row("device type", 5, u"soc"_s, u"SoC"_s, u"SoC"_s);
        row("plan type", 0, u"unlimited-daily"_s, u"Unlimited daily"_s, u"不限量日包"_s);
        row("plan type", 1, u"daily"_s, u"Daily"_s, u"日包"_s);
        row("plan type", 2, u"monthly"_s, u"Monthly"_s, u"月包"_s);
        row("plan type", 3, u"three-months"_s, u"Three months"_s, u"季度包"_s);
        row("plan type", 4, u"six-months"_s, u"Six months"_s, u"半年包"_s);
        row("plan type", 5, u"yearly"_s, u"Yearly"_s, u"年包"_s);
    }

    void serverNumbers()
    {
        QFETCH(QString, vocabulary);
        QFETCH(int, number);
        QFETCH(QString, key);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const cube::Vocabulary &terms = vocabularyNamed(vocabulary);
        QVERIFY(terms.contains(number));
        QCOMPARE(terms.key(number), key);
        QCOMPARE(terms.words(number), english);
        cube::TranslationInstaller inChinese;
        QVERIFY(inChinese.install(cube::UiLanguage::SimplifiedChinese));
        QCOMPARE(terms.words(number), chinese);
    }

    void serverNumbersReadBackAsTyped()
    {
        const cube::Vocabulary &statuses = cube::vocabulary::orderStatuses();
        QCOMPARE(statuses.fromKey(u"ended-early"_s), 4);
        QCOMPARE(statuses.fromKey(u" Ended_Early "_s), 4);
        QCOMPARE(statuses.fromKey(u"4"_s), 4);
        QCOMPARE(statuses.fromKey(u"ended early"_s), std::nullopt);
        QCOMPARE(statuses.numbers(), QList<int>({0, 1, 2, 3, 4, 5}));
        QCOMPARE(statuses.keyList(),
                 u"not-enabled, in-use, expired, cancelled, ended-early, paused"_s);
        // A life cycle the server did not say is shown, never chosen.
        const cube::Vocabulary &lifeCycles = cube::vocabulary::lifeCycles();
        QCOMPARE(lifeCycles.fromKey(u"unknown"_s), std::nullopt);
        QCOMPARE(lifeCycles.numbers(), QList<int>({1, 2, 3, 4}));
        QCOMPARE(cube::vocabulary::deviceTypes().numbers(), QList<int>({1, 2, 3, 4, 5}));
    }

    void aNumberTheContractDoesNotName()
    {
        const cube::Vocabulary &statuses = cube::vocabulary::orderStatuses();
        QVERIFY(!statuses.contains(7));
        QCOMPARE(statuses.key(7), u"unknown"_s);
        QCOMPARE(statuses.words(7), u"Unknown (7)"_s);
        QVERIFY(!cube::vocabulary::deviceTypes().contains(0));
    }

    void journalTerms_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        const auto row = [](const char *kind, int number, const QString &key,
                            const QString &english, const QString &chinese) {
            QTest::addRow("%s %s", kind, qPrintable(key))
                << QString::fromLatin1(kind) << number << key << english << chinese;
        };
        row("state", 0, u"recorded"_s, u"Recorded, no answer"_s, u"已记录，无应答"_s);
        row("state", 1, u"sent"_s, u"Sent, no answer"_s, u"已发送，无应答"_s);
        row("state", 2, u"succeeded"_s, u"Succeeded"_s, u"成功"_s);
        row("state", 3, u"refused"_s, u"Refused"_s, u"被拒绝"_s);
        row("state", 4, u"unknown"_s, u"Answer lost"_s, u"应答丢失"_s);
        row("state", 5, u"settled-done"_s, u"Answer lost; checked: done"_s,
            u"应答丢失；核查：已完成"_s);
        row("state", 6, u"settled-not-done"_s, u"Answer lost; checked: not done"_s,
            u"应答丢失；核查：未完成"_s);
        row("outcome", 0, u"done"_s, u"Done"_s, u"已完成"_s);
        row("outcome", 1, u"not-done"_s, u"Not done"_s, u"未完成"_s);
        row("outcome", 2, u"unknown"_s, u"Unknown"_s, u"未知"_s);
        row("outcome", 3, u"not-sent"_s, u"Not sent"_s, u"未发送"_s);
        row("job state", 0, u"running"_s, u"Running"_s, u"运行中"_s);
        row("job state", 1, u"finished"_s, u"Finished"_s, u"已结束"_s);
        row("job state", 2, u"stopped"_s, u"Stopped"_s, u"已停止"_s);
        row("job state", 3, u"interrupted"_s, u"Interrupted"_s, u"被中断"_s);
    }

    void journalTerms()
    {
        QFETCH(QString, kind);
        QFETCH(int, number);
        QFETCH(QString, key);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        QCOMPARE(journalTerm(kind, number), std::pair(key, english));
        cube::TranslationInstaller inChinese;
        QVERIFY(inChinese.install(cube::UiLanguage::SimplifiedChinese));
        QCOMPARE(journalTerm(kind, number).second, chinese);
    }

    // The journal file's keys are read back exactly as written: nothing a person might type.
    void journalKeysReadBackExactly()
    {
        using cube::JournalWords;
        QCOMPARE(JournalWords::stateFromKey(u"settled-done"_s), cube::JournalState::SettledDone);
        QCOMPARE(JournalWords::stateFromKey(u"recorded"_s), cube::JournalState::Recorded);
        QCOMPARE(JournalWords::stateFromKey(u"Settled_Done"_s), std::nullopt);
        QCOMPARE(JournalWords::stateFromKey(u"5"_s), std::nullopt);
        QCOMPARE(JournalWords::stateFromKey(QString()), std::nullopt);
        QCOMPARE(JournalWords::outcomeFromKey(u"not-done"_s), cube::JournalOutcome::NotDone);
        QCOMPARE(JournalWords::outcomeFromKey(u"not-sent"_s), cube::JournalOutcome::NotSent);
        QCOMPARE(JournalWords::outcomeFromKey(u"NOT_DONE"_s), std::nullopt);
        QCOMPARE(JournalWords::key(cube::JobPurpose::Run), u"run"_s);
        QCOMPARE(JournalWords::key(cube::JobPurpose::Check), u"check"_s);
        QCOMPARE(JournalWords::key(cube::JobPurpose::Resume), u"resume"_s);
        QCOMPARE(JournalWords::purposeFromKey(u"check"_s), cube::JobPurpose::Check);
        QCOMPARE(JournalWords::purposeFromKey(u"resume"_s), cube::JobPurpose::Resume);
        // A job recorded before the journal kept its purpose was run.
        QCOMPARE(JournalWords::purposeFromKey(QString()), cube::JobPurpose::Run);
        QCOMPARE(JournalWords::purposeFromKey(u"Check"_s), cube::JobPurpose::Run);
    }

    // cubectl's JSON names the kind of a failure with these: scripts compare them.
    void errorKindKeys()
    {
        using cube::ApiErrorKind;
        const std::pair<ApiErrorKind, QString> kinds[] = {
            {ApiErrorKind::Network, u"network"_s},
            {ApiErrorKind::Timeout, u"timeout"_s},
            {ApiErrorKind::Tls, u"tls"_s},
            {ApiErrorKind::HttpStatus, u"http-status"_s},
            {ApiErrorKind::Server, u"server"_s},
            {ApiErrorKind::MalformedResponse, u"malformed-response"_s},
            {ApiErrorKind::Cancelled, u"cancelled"_s},
            {ApiErrorKind::InvalidInput, u"invalid-input"_s},
            {ApiErrorKind::NotSent, u"not-sent"_s},
            {ApiErrorKind::NotFound, u"not-found"_s},
            {ApiErrorKind::NotRecorded, u"not-recorded"_s},
        };
        for (const auto &[kind, key] : kinds)
            QCOMPARE(cube::vocabulary::errorKinds().key(int(kind)), key);
        QCOMPARE(cube::vocabulary::errorKinds().numbers().size(), qsizetype(std::size(kinds)));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
