#include "mainwindow.h"

#include "ui_mainwindow.h"

#include <QApplication>
#include <QEvent>
#include <QMessageBox>

namespace cube {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::setConnectionDescription(const QString &description)
{
    m_connectionDescription = description;
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Installing another language's translators sends LanguageChange to every widget.
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->connectionLabel->setText(m_connectionDescription.isEmpty() ? tr("Not connected")
                                                                     : m_connectionDescription);
    statusBar()->showMessage(m_connectionDescription.isEmpty() ? tr("Not connected") : tr("Ready"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Cube Console"),
                       tr("<p><b>Cube Console %1</b></p>"
                          "<p>Finds the SIM cards of a Linksfield Cube account, shows their "
                          "state, usage and data-plan orders, and acts on those orders.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace cube
