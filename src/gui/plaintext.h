#pragma once

#include <QString>

class QMessageBox;
class QWidget;

// Text from a server or the journal is shown as it was written, never as HTML. Qt's labels,
// message boxes and tooltips take any text whose first line holds a tag (`<b>`, `<img src=…>`,
// `<font size=40>`) for rich text (Qt::AutoText, Qt::mightBeRichText): a hostile or broken
// server could then make a plan name read "PAID" in large bold letters or show an image of its
// choice. The hidden characters are cleaned elsewhere (servertext.h); this is the markup part.
namespace cube {

// Every label under `form` that its .ui leaves at Qt::AutoText shows its text as plain text from
// now on. A label that is rich text on purpose says Qt::RichText in its .ui (or in code, after
// this call) and escapes what it quotes.
void showLabelsAsPlainText(QWidget *form);

// A tooltip that shows `text` literally: Qt 6.4 has no plain-text tooltips, so the text is
// escaped into rich text that Qt::mightBeRichText takes for rich (line breaks kept). Empty
// stays empty: no tooltip.
QString plainToolTip(const QString &text);

// The box's text and informative text are shown as plain text. Call it after the last
// setText()/setInformativeText(): QMessageBox passes its format on only to an informative label
// that exists already.
void showAsPlainText(QMessageBox *box);

} // namespace cube
