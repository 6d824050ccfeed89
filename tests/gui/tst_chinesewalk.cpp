#include "account/profilesecrets.h"
#include "activitylog.h"
#include "base/translationinstaller.h"
#include "consolesession.h"
#include "cubesimulator.h"
#include "endorderearlydialog.h"
#include "mainwindow.h"
#include "orderplandialog.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "sendsmsdialog.h"
#include "simdetailpanel.h"
#include "simlistpage.h"
#include "simtablemodel.h"
#include "simulatorclient.h"
#include "simwithorder.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// Switches the open console to Chinese at run time and walks every visible text of the main
// window and of each dialog: none may stay as it was in English, unless it is a code, a
// number, or data from the server.
class TestChineseWalk : public QObject
{
    Q_OBJECT

private:
    using Texts = QMap<QString, QString>;

    // Every text a person reads, keyed by the widget (it stays the same object) and the place.
    static Texts visibleTexts(const QList<QWidget *> &roots)
    {
        Texts texts;
        auto add = [&texts](QObject *owner, const QString &place, const QString &text) {
            if (!text.trimmed().isEmpty())
                texts.insert(u"%1/%2/%3"_s.arg(quintptr(owner)).arg(owner->objectName(), place),
                             text);
        };
        for (QWidget *root : roots) {
            QList<QWidget *> widgets = root->findChildren<QWidget *>();
            widgets.prepend(root);
            add(root, u"title"_s, root->windowTitle());
            for (QWidget *widget : std::as_const(widgets)) {
                if (!widget->isVisibleTo(root) && widget != root && !qobject_cast<QMenu *>(widget))
                    continue;
                if (auto *label = qobject_cast<QLabel *>(widget);
                    label && !label->objectName().endsWith(u"Value"_s))
                    add(label, u"text"_s, label->text());
                if (auto *button = qobject_cast<QAbstractButton *>(widget))
                    add(button, u"text"_s, button->text());
                if (auto *box = qobject_cast<QGroupBox *>(widget))
                    add(box, u"title"_s, box->title());
                if (auto *edit = qobject_cast<QLineEdit *>(widget))
                    add(edit, u"placeholder"_s, edit->placeholderText());
                if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
                    add(edit, u"placeholder"_s, edit->placeholderText());
                if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
                    for (int i = 0; i < tabs->count(); ++i)
                        add(tabs, u"tab%1"_s.arg(i), tabs->tabText(i));
                }
                if (auto *menu = qobject_cast<QMenu *>(widget)) {
                    add(menu, u"title"_s, menu->title());
                    const auto actions = menu->actions();
                    for (int i = 0; i < actions.size(); ++i)
                        add(menu, u"action%1"_s.arg(i), actions.at(i)->text());
                }
                if (auto *combo = qobject_cast<QComboBox *>(widget);
                    combo && combo->objectName() != u"planCombo"_s) {
                    for (int i = 0; i < combo->count(); ++i)
                        add(combo, u"item%1"_s.arg(i), combo->itemText(i));
                }
                if (auto *view = qobject_cast<QTableView *>(widget); view && view->model()) {
                    for (int c = 0; c < view->model()->columnCount(); ++c)
                        add(view, u"header%1"_s.arg(c),
                            view->model()->headerData(c, Qt::Horizontal).toString());
                }
            }
        }
        return texts;
    }

    // Words that are the same in both languages: codes, names of things, the other language.
    static bool isUniversal(const QString &text)
    {
        static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
        static const QStringList universal{
            u"ICCID"_s,   u"IMSI"_s, u"MSISDN"_s, u"MiFi"_s, u"SoC"_s,  u"ipay88"_s,
            u"English"_s, u"Cube"_s, u"SIM"_s,    u"CSV"_s,  u"http"_s, u"https"_s,
            u"GSM"_s,     u"UCS"_s,  u"UAT"_s,    u"URL"_s,  u"UTC"_s};
        QString rest = text;
        for (const QString &known : universal)
            rest.remove(known);
        return !word.match(rest).hasMatch();
    }

    QNetworkAccessManager m_network;

private slots:
    void everyTextTurnsChinese()
    {
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {2, 80});
        QVERIFY(simulator.listen());
        auto account = cube::test::accountFor(simulator, &m_network);

        cube::MainWindow window(account.get());
        window.setTranslations(&translations);
        window.resize(1280, 800);
        window.show();
        const int busy = cube::test::openSimWithOrder(window, simulator);
        QVERIFY(busy >= 0);

        const auto &current = simulator.fleet().orders().at(simulator.fleet().currentOrder(busy));
        cube::Order order;
        order.orderCode = current.code;
        order.status = int(current.status);
        cube::EndOrderEarlyDialog endEarly(account.get(),
                                           window.findChild<cube::ActivityLog *>(u"activityLog"_s),
                                           {order, order}, &window);
        cube::OrderPlanDialog orderPlan(account.get(),
                                        window.findChild<cube::ActivityLog *>(u"activityLog"_s),
                                        {simulator.fleet().sims().at(busy).iccid}, &window);
        cube::SendSmsDialog sms(&account->writer(),
                                window.findChild<cube::ActivityLog *>(u"activityLog"_s),
                                simulator.fleet().sims().at(busy).iccid, &window);
        cube::ProfileDialog profile(&m_network, cube::Profile(), false, &window);
        const QList<QWidget *> roots{&window, &endEarly, &orderPlan, &sms, &profile};
        for (QWidget *dialog :
             {static_cast<QWidget *>(&endEarly), static_cast<QWidget *>(&orderPlan),
              static_cast<QWidget *>(&sms), static_cast<QWidget *>(&profile)})
            dialog->show();
        QVERIFY(QTest::qWaitFor(
            [&] { return orderPlan.findChild<QComboBox *>(u"planCombo"_s)->isEnabled(); }, 10000));

        const Texts english = visibleTexts(roots);
        QVERIFY2(english.size() > 100, qPrintable(QString::number(english.size())));
        qInfo("%lld texts in English", qlonglong(english.size()));
        window.findChild<QAction *>(u"chineseAction"_s)->trigger();
        QTest::qWait(100); // LanguageChange goes through the event loop
        const Texts chinese = visibleTexts(roots);

        QStringList untranslated;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            const QString after = chinese.value(it.key());
            if (after == it.value() && !isUniversal(after))
                untranslated.append(it.key().section(u'/', 1) + u": "_s + after);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
        QCOMPARE(window.windowTitle(), u"Cube 控制台"_s);
        translations.choose(cube::UiLanguage::English);
    }

    // The menus and the connection line, as the console shows them with a profile (its
    // Connection menu is written in code, not by the form): all turn Chinese from View's
    // 简体中文, and back to the same English from English.
    void menusAndConnectionLineFollowTheLanguageMenu()
    {
        QCoreApplication::setOrganizationName(u"CubeConsoleChineseWalkMenus"_s);
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {2, 40});
        QVERIFY(simulator.listen());
        cube::ProfileStore profiles;
        for (const cube::Profile &old : profiles.profiles())
            profiles.remove(old.id);
        cube::Profile lab;
        lab.name = u"Cube UAT"_s; // a name is a name in both languages
        lab.environment = cube::Environment::Custom;
        lab.baseUrl = simulator.baseUrl();
        lab.accessCode = simulator.account().accessCode;
        lab.id = profiles.save(lab);
        profiles.setActiveId(lab.id);
        cube::SecretStore keychain{u"cube-console-tests"_s};
        cube::ProfileSecrets secrets{&keychain};
        secrets.keepForSession(lab.id, QString::fromLatin1(simulator.account().secret));

        cube::MainWindow window;
        window.setTranslations(&translations);
        cube::ConsoleSession session(&m_network, &profiles, &secrets, &window);
        window.show();
        session.start();
        auto *line = window.findChild<QLabel *>(u"connectionLabel"_s);
        QVERIFY(QTest::qWaitFor([&] { return line->text().contains(lab.accessCode); }, 10000));

        // Every menu's title and every action's text, in the menu bar's order, and the line.
        const auto texts = [&] {
            Texts found;
            const QList<QAction *> menus = window.menuBar()->actions();
            for (int m = 0; m < menus.size(); ++m) {
                QMenu *menu = menus.at(m)->menu();
                if (!menu)
                    continue;
                found.insert(u"%1 %2"_s.arg(m).arg(menu->objectName()), menu->title());
                const QList<QAction *> actions = menu->actions();
                for (int a = 0; a < actions.size(); ++a)
                    if (!actions.at(a)->isSeparator())
                        found.insert(u"%1 %2 %3"_s.arg(m).arg(menu->objectName()).arg(a),
                                     actions.at(a)->text());
            }
            found.insert(u"connection line"_s, line->text());
            found.insert(u"connection caption"_s,
                         window.findChild<QLabel *>(u"connectionCaption"_s)->text());
            return found;
        };
        const Texts english = texts();
        QVERIFY2(english.value(u"connection line"_s).contains(u"Custom"_s),
                 qPrintable(english.value(u"connection line"_s)));
        QVERIFY(std::any_of(english.cbegin(), english.cend(),
                            [](const QString &text) { return text == u"&Connection"_s; }));

        window.findChild<QAction *>(u"chineseAction"_s)->trigger();
        QTRY_COMPARE(window.windowTitle(), u"Cube 控制台"_s);
        const Texts chinese = texts();
        QCOMPARE(chinese.keys(), english.keys());
        QStringList untranslated;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            // No English word left, not even beside Chinese ones, but names and codes.
            const QString after = chinese.value(it.key());
            if (!isUniversal(after))
                untranslated.append(it.key() + u": "_s + after);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));

        window.findChild<QAction *>(u"englishAction"_s)->trigger();
        QTRY_COMPARE(window.windowTitle(), u"Cube Console"_s);
        QCOMPARE(texts(), english);
    }
};

QTEST_MAIN(TestChineseWalk)
#include "tst_chinesewalk.moc"
