#include "fleet/fleetnoteindex.h"
#include "fleet/fleetquery.h"
#include "notes/simnote.h"
#include "notes/simnotes.h"
#include "notes/simnotesstore.h"
#include "records/simrecords.h"
#include "teamstoreserver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cube;
using namespace Qt::StringLiterals;

namespace {

const QString account = u"profile\nhttps://gateway.example\nP000270"_s;
const QString other = u"other\nhttps://gateway.example\nP000270"_s;
const QString first = u"89852022010000000001"_s;
const QString second = u"89852022010000000002"_s;
const QString third = u"89852022010000000003"_s;

// The SIMs of `iccids` that the search "tag:NAME" keeps, as the SIM list and sims list --tag
// ask it.
QStringList taggedIn(const FleetNoteIndex &index, const QStringList &iccids, const QString &tag)
{
    FleetQuery query;
    query.search = u"tag:"_s + tag;
    query.notes = index;
    const FleetMatcher matcher(query);
    QStringList kept;
    for (const QString &iccid : iccids) {
        SimCard sim;
        sim.iccid = iccid;
        if (matcher.matches(sim))
            kept.append(iccid);
    }
    return kept;
}

} // namespace

// The notes and tags people keep on SIM cards, in the local store: kept per account and read
// back as written, tags made lower-case and sorted (and a word that is no tag refused, saying
// why, with nothing changed), a note too long refused, a damaged file set aside with a notice,
// every note read at once for the search, and the SIMs of a tag found.
class TestSimNotes : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void aNoteAndItsTagsRoundTripPerAccount()
    {
        const QString path = m_dir.filePath(u"roundtrip.sqlite"_s);
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        {
            SimNotesStore store(path, account);
            QVERIFY2(store.isOpen(), qPrintable(store.problem()));
            QVERIFY(!store.note(first));
            QVERIFY(
                !store.edit(first, u"Customer ACME, ticket 4711\nreplaced 2026-12-01"_s, {}, {}));
            QVERIFY(!store.edit(first, std::nullopt, {u"VIP"_s, u"#acme"_s}, {}));
            SimNotesStore otherStore(path, other);
            QVERIFY(!otherStore.edit(first, u"Other account's words"_s, {}, {}));
        }
        const SimNotesStore store(path, account);
        const std::optional<SimNote> note = store.note(first);
        QVERIFY(note);
        QCOMPARE(note->iccid, first);
        QCOMPARE(note->text, u"Customer ACME, ticket 4711\nreplaced 2026-12-01"_s);
        QCOMPARE(note->tags, (QStringList{u"acme"_s, u"vip"_s}));
        QVERIFY(note->updatedAt >= before);
        QVERIFY(note->updatedAt <= QDateTime::currentDateTimeUtc());
        QVERIFY(!note->updatedBy.isEmpty());
        if (const QString user = qEnvironmentVariable("USER"); !user.isEmpty())
            QCOMPARE(note->updatedBy, user);
        // The other account's note of the same SIM is its own, without tags.
        const std::optional<SimNote> others = SimNotesStore(path, other).note(first);
        QVERIFY(others);
        QCOMPARE(others->text, u"Other account's words"_s);
        QVERIFY(others->tags.isEmpty());
        QCOMPARE(SimNotesStore(path, other).all().size(), 1);
        QVERIFY(SimNotesStore(path, other).all().constFirst().tags.isEmpty());
    }

    void aNoteKeepsItsLinesAndIsCleaned()
    {
        SimNotesStore store(m_dir.filePath(u"lines.sqlite"_s), account);
        // Windows line ends, a tab, a bidi override and a zero-width space, as pasted.
        QVERIFY(
            !store.edit(first, u"  Customer ACME\r\nticket\t4711\u202E \u200Bnow  \n"_s, {}, {}));
        QCOMPARE(store.note(first)->text, u"Customer ACME\nticket 4711 now"_s);
    }

    void emptyTextClearsTheNoteAndKeepsTheTags()
    {
        SimNotesStore store(m_dir.filePath(u"clear.sqlite"_s), account);
        QVERIFY(!store.edit(first, u"Replaced"_s, {u"acme"_s}, {}));
        QVERIFY(!store.edit(first, QString(), {}, {}));
        QCOMPARE(store.note(first)->text, QString());
        QCOMPARE(store.note(first)->tags, QStringList{u"acme"_s});
        // Without a note and without a tag nothing is kept of the SIM.
        QVERIFY(!store.edit(first, std::nullopt, {}, {u"ACME"_s}));
        QVERIFY(!store.note(first));
        QVERIFY(store.all().isEmpty());
    }

    void tagsAreNormalisedAndRefusedWithWords_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");   // empty: refused
        QTest::addColumn<QString>("saying"); // a part of the problem's words

        QTest::newRow("lower case") << u"acme"_s << u"acme"_s << QString();
        QTest::newRow("upper case made lower") << u"ACME"_s << u"acme"_s << QString();
        QTest::newRow("a hash as the list shows it") << u"#vip"_s << u"vip"_s << QString();
        QTest::newRow("dots, dashes, digits")
            << u"rma-2026.12_b"_s << u"rma-2026.12_b"_s << QString();
        QTest::newRow("32 characters") << QString(32, u'x') << QString(32, u'x') << QString();
        QTest::newRow("33 characters") << QString(33, u'x') << QString() << u"at most 32"_s;
        QTest::newRow("a space") << u"big customer"_s << QString() << u"no spaces"_s;
        QTest::newRow("a plus sign") << u"+acme"_s << QString() << u"a to z"_s;
        QTest::newRow("Chinese") << u"客户"_s << QString() << u"a to z"_s;
        QTest::newRow("accented") << u"café"_s << QString() << u"a to z"_s;
        QTest::newRow("nothing") << u"#"_s << QString() << u"cannot be empty"_s;
    }

    void tagsAreNormalisedAndRefusedWithWords()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        QFETCH(QString, saying);
        SimNotesStore store(
            m_dir.filePath(u"tags-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag()))),
            account);
        QVERIFY(!store.edit(first, std::nullopt, {u"old"_s}, {}));
        const std::optional<QString> problem =
            store.edit(first, std::nullopt, {u"zeta"_s, typed}, {});
        if (kept.isEmpty()) {
            QVERIFY(problem);
            QVERIFY2(problem->contains(saying), qPrintable(*problem));
            // Nothing of the change was kept, not even its good tag.
            QCOMPARE(store.note(first)->tags, QStringList{u"old"_s});
        } else {
            QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
            QCOMPARE(store.note(first)->tags, SimNote::sorted({u"old"_s, u"zeta"_s, kept}));
        }
    }

    void tagsAreSortedAndKeptOnce()
    {
        SimNotesStore store(m_dir.filePath(u"sorted.sqlite"_s), account);
        QVERIFY(!store.edit(first, std::nullopt, {u"zeta"_s, u"alpha"_s, u"Alpha"_s, u"m"_s}, {}));
        QVERIFY(!store.edit(first, std::nullopt, {u"alpha"_s, u"beta"_s}, {u"m"_s, u"absent"_s}));
        QCOMPARE(store.note(first)->tags, (QStringList{u"alpha"_s, u"beta"_s, u"zeta"_s}));
        QCOMPARE(SimNote::parseTags(u"acme, #VIP old;acme"_s),
                 std::optional<QStringList>({u"acme"_s, u"old"_s, u"vip"_s}));
        QString problem;
        QVERIFY(!SimNote::parseTags(u"acme big!"_s, &problem));
        QVERIFY2(problem.contains(u"\"big!\""_s), qPrintable(problem));
    }

    void aNoteTooLongIsRefused()
    {
        SimNotesStore store(m_dir.filePath(u"long.sqlite"_s), account);
        QVERIFY(!store.edit(first, QString(SimNote::maxTextLength, u'a'), {}, {}));
        const std::optional<QString> problem =
            store.edit(first, QString(SimNote::maxTextLength + 5, u'b'), {}, {});
        QVERIFY(problem);
        QVERIFY2(problem->contains(u"2,005"_s) && problem->contains(u"at most 2,000"_s),
                 qPrintable(*problem));
        QCOMPARE(store.note(first)->text, QString(SimNote::maxTextLength, u'a'));
    }

    void allReadsEveryNoteAndATagFindsItsSims()
    {
        SimNotesStore store(m_dir.filePath(u"all.sqlite"_s), account);
        QVERIFY(!store.edit(third, u"third"_s, {u"acme"_s, u"vip"_s}, {}));
        QVERIFY(!store.edit(first, u"first"_s, {u"acme"_s}, {}));
        QVERIFY(!store.edit(second, QString(), {u"old"_s}, {}));
        QVERIFY(!SimNotesStore(m_dir.filePath(u"all.sqlite"_s), other)
                     .edit(second, u"not this account's"_s, {u"acme"_s}, {}));
        const QList<SimNote> all = store.all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).iccid, first);
        QCOMPARE(all.at(0).text, u"first"_s);
        QCOMPARE(all.at(0).tags, QStringList{u"acme"_s});
        QCOMPARE(all.at(1).iccid, second);
        QCOMPARE(all.at(1).text, QString());
        QCOMPARE(all.at(1).tags, QStringList{u"old"_s});
        QCOMPARE(all.at(2).tags, (QStringList{u"acme"_s, u"vip"_s}));
        // What the search finds a tag by (tag:NAME in the SIM list, sims list --tag): the
        // index made of every note read, one rule for the console and cubectl.
        FleetNoteIndex index;
        for (const SimNote &note : all)
            index.insert(note.iccid, note.tags, note.text);
        QCOMPARE(taggedIn(index, {first, second, third}, u"acme"_s), (QStringList{first, third}));
        QCOMPARE(taggedIn(index, {first, second, third}, u"ACME"_s), (QStringList{first, third}));
        QCOMPARE(taggedIn(index, {first, second, third}, u"vip"_s), QStringList{third});
        QCOMPARE(taggedIn(index, {first, second, third}, u"nobody"_s), QStringList());
    }

    // Nothing is lost: a damaged file is set aside with a notice, and a new one works.
    void aDamagedFileIsSetAsideWithANotice()
    {
        const QString path = m_dir.filePath(u"damaged.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        SimNotes notes(path, account);
        QVERIFY2(notes.notice().contains(u"set aside"_s), qPrintable(notes.notice()));
        QCOMPARE(notes.edit(first, u"kept in the new file"_s, {}, {}), QString());
        QCOMPARE(SimNotesStore(path, account).note(first)->text, u"kept in the new file"_s);
        bool keptAside = false;
        for (const QString &name : QDir(m_dir.path()).entryList())
            keptAside = keptAside || name.startsWith(u"damaged.sqlite.corrupt-"_s);
        QVERIFY(keptAside);
    }

    // What the views hold: the notes read once, each change written and announced, another
    // program's change read again when asked, and the search's index in step.
    void theViewsNotesFollowTheirChanges()
    {
        const QString path = m_dir.filePath(u"views.sqlite"_s);
        QVERIFY(!SimNotesStore(path, account).edit(first, u"from before"_s, {u"acme"_s}, {}));
        SimNotes notes(path, account);
        QSignalSpy changed(&notes, &SimNotes::changed);
        QCOMPARE(notes.note(first).text, u"from before"_s);
        QCOMPARE(notes.index().find(first)->line, u"#acme from before"_s);
        QCOMPARE(notes.edit(second, u"Customer ACME\nticket 4711"_s, {u"vip"_s}, {}), QString());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), second);
        QCOMPARE(notes.index().find(second)->line, u"#vip Customer ACME"_s);
        QCOMPARE(notes.note(second).tags, QStringList{u"vip"_s});
        // Read through a new SimNotes, as cubectl or the next start reads it: it was written.
        QCOMPARE(SimNotes(path, account).note(second).tags, QStringList{u"vip"_s});
        // The same once more changes nothing and says nothing.
        QCOMPARE(notes.edit(second, u"Customer ACME\nticket 4711"_s, {u"vip"_s}, {}), QString());
        QCOMPARE(changed.size(), 1);
        // A tag that is no tag: nothing changes, and why is said.
        QVERIFY(notes.edit(second, std::nullopt, {u"not a tag"_s}, {}).contains(u"no spaces"_s));
        QCOMPARE(changed.size(), 1);
        // cubectl clears the first note meanwhile: read again, it is gone from the index too.
        QVERIFY(!SimNotesStore(path, account).edit(first, QString(), {}, {u"acme"_s}));
        QCOMPARE(notes.note(first).text, u"from before"_s);
        notes.reread(first);
        QCOMPARE(changed.size(), 2);
        QVERIFY(notes.note(first).isEmpty());
        QVERIFY(!notes.index().find(first));
        QCOMPARE(notes.size(), 1);
    }

    // The console reads the notes on a worker: until they are there nothing waits for them, a
    // note saved meanwhile is kept, and once they arrive every note is there, that one too.
    // With a team store, the desks keep and read the same notes: one desk's note and tags are
    // the other's, read on its worker or again for one SIM; no file is made.
    void aTeamStoreSharesNotesBetweenDesks()
    {
        CUBE_FRESH_TEAM_STORE(store, u"tst_simnotes: notes shared by two desks"_s);
        const QString nowhere = m_dir.filePath(u"not-made/notes.sqlite"_s);
        SimNotes mine(nowhere, account, nullptr, store);
        SimNotes desk(nowhere, account, nullptr, store);
        QCOMPARE(desk.note(first).text, QString()); // read, and the tables made
        QCOMPARE(mine.edit(first, u"Customer ACME, ticket 4711"_s, {u"ACME"_s, u"vip"_s}, {}),
                 QString());
        desk.reread(first);
        QCOMPARE(desk.note(first).text, u"Customer ACME, ticket 4711"_s);
        QCOMPARE(desk.note(first).tags, (QStringList{u"acme"_s, u"vip"_s}));
        QCOMPARE(desk.changeTags(first, {}, {u"vip"_s}), QString());
        SimNotes later(nowhere, account, nullptr, store);
        QSignalSpy read(&later, &SimNotes::changed);
        later.readInBackground();
        QVERIFY(read.wait(10000));
        QCOMPARE(later.note(first).tags, QStringList{u"acme"_s});
        QCOMPARE(taggedIn(later.index(), {first, second}, u"acme"_s), QStringList{first});
        QVERIFY(SimNotesStore(nowhere, other, store).all().isEmpty()); // another account's
        QVERIFY(!QFile::exists(nowhere));
    }

    void notesReadOnAWorkerKeepWhatWasSavedMeanwhile()
    {
        const QString path = m_dir.filePath(u"worker.sqlite"_s);
        {
            SimNotesStore store(path, account);
            for (int i = 0; i < 500; ++i)
                QVERIFY(!store.edit(u"898520220100000%1"_s.arg(i, 5, 10, QChar(u'0')),
                                    u"note %1"_s.arg(i), {u"bulk"_s}, {}));
        }
        SimNotes notes(path, account);
        QSignalSpy changed(&notes, &SimNotes::changed);
        notes.readInBackground();
        const QString apart = u"89852022019999999999"_s; // none of the 500
        QCOMPARE(notes.edit(apart, std::nullopt, {u"early"_s}, {}), QString());
        QVERIFY(QTest::qWaitFor(
            [&] { return !changed.isEmpty() && changed.constLast().at(0).toString().isEmpty(); },
            10000));
        QCOMPARE(notes.size(), 501);
        QCOMPARE(notes.note(apart).tags, QStringList{u"early"_s});
        const QList<SimNote> stored = SimNotesStore(path, account).all();
        QCOMPARE(stored.size(), 501);
        for (const SimNote &note : stored)
            QVERIFY2(notes.note(note.iccid).tags == note.tags, qPrintable(note.iccid));
        QCOMPARE(notes.index().size(), 501);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSimNotes)
#include "tst_simnotes.moc"
