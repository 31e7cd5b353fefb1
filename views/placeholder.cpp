namespace Mandate {}
