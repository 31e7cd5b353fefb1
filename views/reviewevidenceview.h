#pragma once
// The evidence beside a review question (issue 6, DOMAIN.md section 9): what the item asked about
// when the campaign started (the privilege, its credential's age, storage and last use, or the
// system's owners, gate, logging and offboarding plan), what changed since, the findings that
// concern it and what runtime evidence says the system did: accesses outside the declared
// boundary and declared privileges nothing used. Read-only rich text, built when the item changes.

#include "domain/campaign.h"

#include <QTextBrowser>

namespace Mandate {

class Workspace;

class ReviewEvidenceView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReviewEvidenceView(QWidget *parent = nullptr);

    void showItem(const Workspace &workspace, const ReviewItem &item);

private:
    // now: the item's privilege as it is (id 0: removed, or a question item), read once per item.
    QString privilegeSection(const ReviewItem &item, const Privilege &now) const;
    QString questionSection(const Workspace &workspace, const ReviewItem &item) const;
    QString findingsSection(const Workspace &workspace, const ReviewItem &item, const Privilege &now) const;
    QString runtimeSection(const Workspace &workspace, const ReviewItem &item, const Privilege &now) const;
};

} // namespace Mandate
