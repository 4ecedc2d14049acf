using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Cli.Commands;

/// <summary>Every command but <c>rules check</c> refuses to run on an invalid catalog, with the same message.</summary>
internal static class CatalogGate
{
    public static RuleSet? TryLoad(string? configured)
    {
        var dir = RulesDirectory.Resolve(configured);
        try
        {
            return RuleSetLoader.Load(dir);
        }
        catch (CatalogInvalidException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine($"(run 'rules check' for the same report; rules folder: {dir})");
            return null;
        }
    }
}
