#include "plaintext.h"

#include <QLabel>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace cube {

void showLabelsAsPlainText(QWidget *form)
{
    for (QLabel *label : form->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText);
    }
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // A tag first, so that the tooltip is rich text; pre-wrap keeps the text's own line breaks
    // and spaces and still wraps a long line.
    return u"<p style='white-space:pre-wrap'>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

void showAsPlainText(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    // The informative label would also open links in a browser; it is one of these labels.
    for (QLabel *label : box->findChildren<QLabel *>()) {
        label->setTextFormat(Qt::PlainText);
        label->setOpenExternalLinks(false);
    }
}

} // namespace cube
