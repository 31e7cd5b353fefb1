#pragma once
// Asks where a server workspace is (host, port, database, user, TLS mode) and connects to it,
// opening an existing workspace or creating one in an empty database. It first connects without a
// password, so libpq can find one (PGPASSWORD, ~/.pgpass, the service file); only when the server
// asks for one does a password field appear. Errors stay in the dialog, which stays open. The
// location is remembered in QSettings; the password never is.

#include "storage/serverlocation.h"
#include "storage/workspaceerror.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Mandate {

class Workspace;

class ServerConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Open, Create };
    // Opens or creates the workspace at uri (no password in it) with password (may be empty).
    // Replaceable so tests can play a server that asks for a password.
    using Connector = std::function<std::unique_ptr<Workspace>(const QString &uri, const QString &password,
                                                               Mode mode, WorkspaceError *error)>;

    explicit ServerConnectionDialog(QWidget *parent = nullptr);
    ~ServerConnectionDialog() override;

    void setMode(Mode mode);
    Mode mode() const;
    // Fills the fields (from a recent entry, say); without a call they hold what was used last.
    void setLocation(const ServerLocation &location);
    ServerLocation location() const;
    void setConnector(Connector connector);
    // Shows a problem met before the dialog opened (a recent entry that failed, say).
    void showError(const QString &uri, const WorkspaceError &error);

    // The workspace connected to once accepted; the caller owns it.
    std::unique_ptr<Workspace> takeWorkspace();

    void accept() override;

private:
    void loadSettings();
    void saveSettings() const;
    void updateSslExplanation();
    void updateButtons();
    void showPasswordField(const QString &why, bool isProblem);
    void showMessage(const QString &text, bool isProblem);
    QString problemText(const ServerLocation &location, const WorkspaceError &error) const;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLabel *m_sslExplanation;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QCheckBox *m_create;
    QLabel *m_error;
    QFormLayout *m_form = nullptr;
    QPushButton *m_connectButton = nullptr;
    Connector m_connector;
    std::unique_ptr<Workspace> m_workspace;
};

// True when the server turned the connection down for lack of a (right) password.
bool serverWantsPassword(const WorkspaceError &error);

} // namespace Mandate
