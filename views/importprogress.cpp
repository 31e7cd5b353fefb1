#include "importprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Mandate {

ImportProgress::ImportProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
{
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_label->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false); // Enter belongs to the wizard's buttons
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportProgress::requestCancel);

    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addLayout(row);
}

ImportControl ImportProgress::start(const QString &text)
{
    m_cancel.store(false);
    m_running = true;
    m_label->setText(text);
    m_bar->setRange(0, 0); // busy until the worker says how far it is
    m_bar->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();

    ImportControl control;
    control.cancel = &m_cancel;
    // Called on the worker thread: only queue the update, never touch a widget there.
    control.progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { setProgress(done, total); }, Qt::QueuedConnection);
    };
    return control;
}

void ImportProgress::finish(const QString &text)
{
    m_running = false;
    m_label->setText(text);
    m_bar->setRange(0, 1000);
    m_bar->setValue(m_cancel.load() ? 0 : 1000);
    m_bar->hide();
    m_cancelButton->hide();
}

void ImportProgress::requestCancel()
{
    m_cancel.store(true);
    m_cancelButton->setEnabled(false);
    m_label->setText(tr("Cancelling..."));
}

void ImportProgress::setProgress(qint64 done, qint64 total)
{
    if (!m_running || total <= 0)
        return;
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

} // namespace Mandate
