#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QString>
#include <QTest>

namespace cube::test {

// Tests reach widgets as a person finds them: by the object names of the forms, never through
// accessors the production classes would carry only for tests.

// The model shown by the view named `viewName` under `root`.
inline QAbstractItemModel *modelOf(const QObject *root, const QString &viewName)
{
    auto *view = root->findChild<QAbstractItemView *>(viewName);
    return view ? view->model() : nullptr;
}

// The model behind a view's sort-and-filter proxy, as the class the page made it.
template<typename Model>
Model *sourceModelOf(const QObject *root, const QString &viewName)
{
    auto *proxy = qobject_cast<QAbstractProxyModel *>(modelOf(root, viewName));
    return proxy ? qobject_cast<Model *>(proxy->sourceModel()) : nullptr;
}

// A SIM detail panel has answered all it asked: its Refresh button is back.
inline bool detailIsSettled(const QObject *detail)
{
    auto *refresh = detail->findChild<QPushButton *>(QStringLiteral("refreshButton"));
    return refresh && refresh->isEnabled();
}

// Gives an End early dialog its reason and ticks "I understand", as a person does.
inline void giveReasonAndConfirm(QWidget *dialog, const QString &reason)
{
    QTest::keyClicks(dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"))->lineEdit(),
                     reason);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("confirmCheck")),
                      Qt::LeftButton, {}, QPoint(5, 5));
}

// The letter after a single '&' of a label, lower-cased; none for "&&" or no mnemonic.
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

} // namespace cube::test
