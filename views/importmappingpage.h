#pragma once
// Second page of the import wizard: which column feeds which field of a system, and which column
// matches rows to the systems already in the workspace. Starts from the automatic mapping (header
// synonyms); the analyst corrects it and can save it as a mapping file for the command line, or
// load one saved earlier. A column that maps to no field is kept as a custom attribute.

#include "io/columnmapping.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Mandate {

class ImportSourcePage;

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { SourceColumn, TargetColumn, SampleColumn };

    explicit ImportMappingPage(const ImportSourcePage *source, QWidget *parent = nullptr);

    void initializePage() override;

    ColumnMapping mapping() const { return m_mapping; }
    // The column rows match existing systems by; empty: the engine's default.
    QString keyColumn() const;
    bool matchExisting() const; // false: every row is a new system

    // The buttons ask for a path and call these; each shows why when it fails.
    bool saveMapping(const QString &path);
    bool loadMapping(const QString &path);

private:
    void rebuild();
    void showTargets();
    void updateKeyColumns();
    void updateHint();
    void onTargetChosen(int row, int index);

    const ImportSourcePage *m_source;
    QTableWidget *m_table;
    QComboBox *m_key;
    QPushButton *m_save;
    QPushButton *m_load;
    QLabel *m_hint;
    ColumnMapping m_mapping;
    QString m_builtFor; // the file (and format) the table was built for
    bool m_keyChosen = false; // the analyst picked the key: a mapping change no longer moves it
};

} // namespace Mandate
