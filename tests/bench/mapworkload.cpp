#include "mapworkload.h"

#include "benchtiming.h"
#include "map/mapplane.h"
#include "rules/derivedfacts.h"

#include <cstdio>

namespace Mandate::Bench {
namespace {

constexpr int kPeople = 200;
constexpr int kCredentials = 500;

// A deterministic, well-mixed stream (splitmix64), so every run draws the same inventory.
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 x = (m_state += 0x9e3779b97f4a7c15ULL);
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }
    template<typename E> E any() { return static_cast<E>(int(next() % quint64(valueCount<E>()))); }
    // Yes with probability yes, No with probability no, else Unknown.
    Tristate tristate(double yes, double no)
    {
        const double u = unit();
        return u < yes ? Tristate::Yes : u < yes + no ? Tristate::No : Tristate::Unknown;
    }

private:
    quint64 m_state;
};

const char *const kAdjectives[] = { "Claims", "Churn", "Invoice", "Ticket", "Code", "Fraud", "Pricing",
    "Support", "Release", "Supplier", "Payroll", "Risk", "Contract" };
const char *const kNouns[] = { "triage model", "explainer", "agent", "copilot", "forecaster", "writer",
    "reviewer", "router", "summariser", "assistant", "scorer" };

} // namespace

QString systemName(int i)
{
    return QStringLiteral("%1 %2 %3")
        .arg(QLatin1String(kAdjectives[(i * 7) % int(std::size(kAdjectives))]), systemNoun(i / 13),
            QString::number(i));
}

QLatin1String systemNoun(int i)
{
    return QLatin1String(kNouns[i % int(std::size(kNouns))]);
}

// Behaviour, privileges, lifecycle stages and paradigms drawn so that markers land in every region
// and every band: most recorded as the classifier suggests, some elsewhere (they carry the
// disagreement mark), some not yet classified; 10% placed by hand (a stored spot in their cell)
// and 1% with a stale stored spot outside it (laid out automatically instead).
QVector<SystemSnapshot> makeSystems(int count)
{
    QVector<SystemSnapshot> systems;
    systems.reserve(count);
    for (int i = 0; i < count; ++i) {
        Dice dice(quint64(i) * 7919 + 17);
        SystemSnapshot snapshot;
        AiSystem &s = snapshot.system;
        s.name = systemName(i);
        s.vendor = QStringLiteral("Vendor %1").arg(i % 50);
        s.lifecycleStage = dice.any<LifecycleStage>();
        Behaviour &b = s.behaviour;
        b.outputKind = dice.any<OutputKind>();
        b.selectsActions = dice.tristate(0.35, 0.5);
        b.usesTools = dice.tristate(0.35, 0.5);
        b.approvalGate = dice.any<ApprovalGate>();
        b.accessesCredentials = dice.tristate(0.2, 0.65);
        b.affectsExternalSystems = dice.tristate(0.25, 0.6);
        b.outputFeedsExecution = dice.tristate(0.25, 0.6);
        b.persistentMemory = dice.tristate(0.3, 0.4);
        b.multiAgent = dice.tristate(0.2, 0.6);
        s.businessOwner = 1 + i % kPeople; // provisional ids: positions in the people list
        s.technicalOwner = 1 + (i * 7) % kPeople;
        s.riskOwner = i % 3 ? 0 : 1 + (i * 13) % kPeople;
        const int privilegeCount = int(dice.next() % 4);
        for (int p = 0; p < privilegeCount; ++p) {
            Privilege privilege;
            privilege.target = QStringLiteral("resource-%1-%2").arg(i % 5000).arg(p);
            privilege.scope = dice.any<Scope>();
            privilege.wildcard = dice.unit() < 0.03;
            privilege.credentialId = dice.unit() < 0.2 ? qint64(1 + dice.next() % kCredentials) : 0;
            privilege.tool = QStringLiteral("tool-%1").arg(p);
            privilege.approvalGate = dice.any<ApprovalGate>();
            privilege.logging = dice.any<Logging>();
            snapshot.privileges << privilege;
        }
        const DerivedValues derived = deriveValues(b, summarizePrivileges(snapshot.privileges));
        const double recorded = dice.unit();
        s.paradigm = recorded < 0.75 && derived.suggestedParadigm != Paradigm::Undecided
            ? derived.suggestedParadigm
            : recorded < 0.92 ? dice.any<Paradigm>()
                              : Paradigm::Undecided;
        const double placed = dice.unit();
        if (placed < 0.10) {
            const QRectF cell = MapPlane::cellRect(s.paradigm, derived.nhiRisk, derived.accessFootprint);
            const QPointF spot(
                cell.left() + dice.unit() * cell.width(), cell.top() + dice.unit() * cell.height());
            s.mapPosition = MapPlane::clampInto(spot, cell);
        } else if (placed < 0.11) {
            const auto other = static_cast<Paradigm>((int(s.paradigm) + 1) % valueCount<Paradigm>());
            s.mapPosition = MapPlane::regionRect(other).center();
        }
        systems << snapshot;
    }
    return systems;
}

QVector<Person> makePeople(int count)
{
    QVector<Person> people;
    for (int i = 0; i < count; ++i)
        people << Person { 0, QStringLiteral("Person %1 Example").arg(i),
            QStringLiteral("person%1@example.org").arg(i), QStringLiteral("Team %1").arg(i % 20) };
    return people;
}

QVector<Credential> makeCredentials(int count)
{
    QVector<Credential> credentials;
    for (int i = 0; i < count; ++i) {
        Credential credential;
        credential.name = QStringLiteral("svc-account-%1").arg(i);
        credential.kind = static_cast<CredentialKind>(i % valueCount<CredentialKind>());
        credential.storage = static_cast<CredentialStorage>(i % valueCount<CredentialStorage>());
        credential.environments = { QStringLiteral("production") };
        credentials << credential;
    }
    return credentials;
}

std::unique_ptr<Workspace> createAndOpen(const QString &path, int count)
{
    WorkspaceError error;
    {
        std::unique_ptr<Workspace> created = Workspace::create(path, &error);
        if (!created) {
            std::fprintf(stderr, "bench_map: %s\n", qPrintable(error.message()));
            return nullptr;
        }
        QString problem;
        bool ok = false;
        const double fill = seconds([&] {
            ok = created->insertBulk(
                makePeople(kPeople), makeCredentials(kCredentials), makeSystems(count), &problem);
        });
        if (!ok) {
            std::fprintf(stderr, "bench_map: insertBulk failed: %s\n", qPrintable(problem));
            return nullptr;
        }
        print(QStringLiteral("create the workspace: %1 s").arg(QString::number(fill, 'f', 2)));
    }
    double openWall = 0;
    std::unique_ptr<Workspace> workspace;
    const double open = seconds([&] { workspace = Workspace::open(path, &error); }, &openWall);
    if (!workspace || workspace->systemCount() != count) {
        std::fprintf(stderr, "bench_map: could not open the workspace: %s\n", qPrintable(error.message()));
        return nullptr;
    }
    print(QStringLiteral("open it: %1 s [wall %2 s]")
              .arg(QString::number(open, 'f', 2), QString::number(openWall, 'f', 2)));
    return workspace;
}

} // namespace Mandate::Bench
