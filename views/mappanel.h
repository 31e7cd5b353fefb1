#pragma once
// The map as a main view: a tool bar (colouring, zoom, accept suggestion, arrange, export), a
// notice that says which governance requirements apply when systems cross into Agentic, and the
// MapView. It owns the map's actions, so the window's Map menu and the context menu share them and
// everything the mouse does on the map can also be done from the keyboard and menus.

#include "domain/mapplacement.h"
#include "markerstyle.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QToolButton;

namespace Mandate {

class MapModel;
class MapView;
class SystemFilterProxyModel;
class Workspace;

class MapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MapPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setFilter(SystemFilterProxyModel *filter);

    MapModel *model() const { return m_model; }
    MapView *view() const { return m_view; }
    QLabel *notice() const { return m_notice; }

    void populateMapMenu(QMenu *menu);
    QAction *acceptSuggestionAction() const { return m_acceptSuggestion; }
    QAction *fitAction() const { return m_fit; }

    void setColouring(MarkerColouring colouring);
    // Map gestures that also have menu entries.
    void acceptSuggestions();
    void moveSelectionTo(Paradigm paradigm);
    void arrangeRegion(Paradigm paradigm);
    bool exportPng(const QString &path);
    bool exportPdf(const QString &path);

private:
    QWidget *createToolBar();
    void showContextMenu(const QPoint &globalPosition);
    void showAgenticNotice(const QVector<SystemId> &ids);
    void updateActions();
    void chooseExportFile(bool pdf);
    using ExportFunction = bool (*)(const QString &, MapView *, const QString &, QString *);
    bool exportMap(const QString &path, ExportFunction save);
    QString exportHeading() const;

    QPointer<Workspace> m_workspace;
    MapModel *m_model;
    MapView *m_view;
    QLabel *m_notice;
    QComboBox *m_colouringCombo = nullptr;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    QAction *m_acceptSuggestion;
    QAction *m_exportPng;
    QAction *m_exportPdf;
    QMenu *m_moveMenu;
    QMenu *m_arrangeMenu;
};

} // namespace Mandate
