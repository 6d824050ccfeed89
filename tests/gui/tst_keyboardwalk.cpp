#include "activitylog.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "endorderearlydialog.h"
#include "mainwindow.h"
#include "orderplandialog.h"
#include "ordertablemodel.h"
#include "profiledialog.h"
#include "sendsmsdialog.h"
#include "simulatorclient.h"
#include "simwithorder.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Where a person can type, choose or read a table: what a screen reader must be able to name.
bool isInput(const QWidget *widget)
{
    // A spin box's or an editable list's own line edit is named through its owner.
    if (widget->objectName() == QLatin1String("qt_spinbox_lineedit")
        || (qobject_cast<const QLineEdit *>(widget)
            && qobject_cast<const QComboBox *>(widget->parentWidget())))
        return false;
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
           || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QPlainTextEdit *>(widget)
           || (qobject_cast<const QAbstractItemView *>(widget)
               && !widget->parentWidget()->inherits("QComboBox")
               && !widget->inherits("QCalendarView") && !widget->inherits("QHeaderView"));
}

bool usable(const QWidget *widget, const QWidget *root)
{
    return widget->isVisibleTo(root) && widget->isEnabled();
}

} // namespace

// Every action without a mouse: in the main window (also with an order selected, when more
// buttons are enabled) and each dialog, in English and in Chinese, every input, table, button and
// check box (the End early dialog's confirmation among them) is on the Tab chain, every input and
// table has a name a screen reader can say, and no two visible mnemonics share a letter.
class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static QStringList problemsOf(QWidget *root)
    {
        QStringList problems;
        // The Tab chain from the root, once round.
        QSet<QWidget *> chain;
        QWidget *step = root->nextInFocusChain();
        for (int guard = 0; step && step != root && guard < 2000; ++guard) {
            if (root->isAncestorOf(step) && usable(step, root)
                && (step->focusPolicy() & Qt::TabFocus))
                chain.insert(step);
            step = step->nextInFocusChain();
        }
        QHash<QChar, QStringList> mnemonics;
        auto noteMnemonic = [&mnemonics](const QString &text, const QString &where) {
            if (const QChar letter = cube::test::mnemonicOf(text); !letter.isNull())
                mnemonics[letter].append(where + u" “"_s + text + u"”"_s);
        };
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!usable(widget, root))
                continue;
            const QString where = widget->objectName().isEmpty()
                                      ? QString::fromLatin1(widget->metaObject()->className())
                                      : widget->objectName();
            if (isInput(widget)) {
                if (!chain.contains(widget))
                    problems.append(u"not on the Tab chain: "_s + where);
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                    problems.append(u"no accessible name: "_s + where);
            }
            if ((qobject_cast<QPushButton *>(widget) || qobject_cast<QCheckBox *>(widget))
                && !chain.contains(widget))
                problems.append(u"button not on the Tab chain: "_s + where);
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                noteMnemonic(button->text(), where);
            else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                noteMnemonic(label->text(), where);
            else if (auto *group = qobject_cast<QGroupBox *>(widget))
                noteMnemonic(group->title(), where);
            else if (auto *tabs = qobject_cast<QTabBar *>(widget))
                for (int i = 0; i < tabs->count(); ++i)
                    noteMnemonic(tabs->tabText(i), where);
        }
        if (auto *window = qobject_cast<QMainWindow *>(root))
            for (QAction *menu : window->menuBar()->actions())
                noteMnemonic(menu->text(), u"menu"_s);
        for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it)
            if (it.value().size() > 1)
                problems.append(u"mnemonic %1 used %2 times: %3"_s.arg(it.key())
                                    .arg(it.value().size())
                                    .arg(it.value().join(u", "_s)));
        return problems;
    }

private slots:
    void everyInputIsReachableAndNamed_data()
    {
        QTest::addColumn<cube::UiLanguage>("language");
        QTest::newRow("English") << cube::UiLanguage::English;
        QTest::newRow("Chinese") << cube::UiLanguage::SimplifiedChinese;
    }

    void everyInputIsReachableAndNamed()
    {
        QFETCH(cube::UiLanguage, language);
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(language));
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {2, 80});
        QVERIFY(simulator.listen());
        auto account = cube::test::accountFor(simulator, &m_network);
        cube::MainWindow window(account.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int busy = cube::test::openSimWithOrder(window, simulator);
        QVERIFY(busy >= 0);

        QStringList problems;
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(50);
            for (const QString &problem : problemsOf(&window))
                problems.append(u"main window, tab %1: %2"_s.arg(tab).arg(problem));
        }
        // With an order selected more buttons are enabled (End early, Renew…): walked again,
        // in the SIM's own orders and in the Orders tab.
        const auto withAnOrderSelected = [&](int tab, cube::OrderStatus status,
                                             const QString &where) {
            tabs->setCurrentIndex(tab);
            auto *orders = tabs->widget(tab)->findChild<QTableView *>(u"ordersView"_s);
            QVERIFY(QTest::qWaitFor([&] { return orders->model()->rowCount() > 0; }, 10000));
            const auto enabledButtons = [&] {
                int count = 0;
                for (auto *button : tabs->widget(tab)->findChildren<QPushButton *>())
                    count += button->isEnabled() && button->isVisible() ? 1 : 0;
                return count;
            };
            orders->clearSelection();
            QTest::qWait(20);
            const int before = enabledButtons();
            int row = 0;
            while (row < orders->model()->rowCount()
                   && orders->model()->index(row, 0).data(cube::OrderTableModel::StatusRole)
                          != int(status))
                ++row;
            QVERIFY2(row < orders->model()->rowCount(), qPrintable(where));
            orders->setFocus();
            orders->selectRow(row);
            QTest::qWait(50);
            QVERIFY2(enabledButtons() > before, qPrintable(where));
            for (const QString &problem : problemsOf(&window))
                problems.append(where + u": "_s + problem);
        };
        // A SIM whose order is in use (the one opened may have its order paused).
        const cube::sim::Fleet &fleet = simulator.fleet();
        int inUse = 0;
        while (fleet.currentOrder(inUse) < 0
               || fleet.orders().at(fleet.currentOrder(inUse)).status != cube::OrderStatus::InUse)
            ++inUse;
        window.findChild<QTableView *>(u"simView"_s)
            ->setCurrentIndex(cube::test::modelOf(&window, u"simView"_s)->index(inUse, 0));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cube::test::detailIsSettled(window.findChild<QWidget *>(u"simDetail"_s));
            },
            20000));
        withAnOrderSelected(0, cube::OrderStatus::InUse, u"SIM cards tab, its order in use"_s);
        withAnOrderSelected(1, cube::OrderStatus::InUse, u"Orders tab, an order in use"_s);
        withAnOrderSelected(1, cube::OrderStatus::NotEnabled,
                            u"Orders tab, an order not enabled"_s);
        tabs->setCurrentIndex(0);

        const auto &current = simulator.fleet().orders().at(simulator.fleet().currentOrder(busy));
        cube::Order order;
        order.orderCode = current.code;
        order.status = int(current.status);
        auto *activity = window.findChild<cube::ActivityLog *>(u"activityLog"_s);
        cube::EndOrderEarlyDialog endEarly(account.get(), activity, {order}, &window);
        cube::OrderPlanDialog orderPlan(account.get(), activity,
                                        {simulator.fleet().sims().at(busy).iccid}, &window);
        cube::SendSmsDialog sms(&account->writer(), activity,
                                simulator.fleet().sims().at(busy).iccid, &window);
        cube::ProfileDialog profile(&m_network, cube::Profile(), false, &window);
        for (QDialog *dialog :
             {static_cast<QDialog *>(&endEarly), static_cast<QDialog *>(&orderPlan),
              static_cast<QDialog *>(&sms), static_cast<QDialog *>(&profile)}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
        }
        QVERIFY(QTest::qWaitFor(
            [&] { return orderPlan.findChild<QComboBox *>(u"planCombo"_s)->isEnabled(); }, 10000));
        for (QDialog *dialog :
             {static_cast<QDialog *>(&endEarly), static_cast<QDialog *>(&orderPlan),
              static_cast<QDialog *>(&sms), static_cast<QDialog *>(&profile)})
            for (const QString &problem : problemsOf(dialog))
                problems.append(QString::fromLatin1(dialog->metaObject()->className()) + u": "_s
                                + problem);
        for (const QString &problem : std::as_const(problems))
            std::fprintf(stderr, "%s\n", qPrintable(problem)); // QTest cuts long messages
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
