using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ComplianceEngine.Architecture.Tests;

/// <summary>The product's assemblies and what each references, read by reflection from the built binaries.</summary>
internal static class Assemblies
{
    public static readonly Assembly Core = typeof(Core.Records.ComplianceRecord).Assembly;
    public static readonly Assembly Rules = typeof(Rules.RuleSet).Assembly;
    public static readonly Assembly Screening = typeof(Screening.RecordScreening).Assembly;
    public static readonly Assembly Data = typeof(Data.ComplianceDatabase).Assembly;
    public static readonly Assembly Host = typeof(Host.Catalog.RuleSetHolder).Assembly;

    /// <summary>Names of the assemblies <paramref name="assembly"/> references directly.</summary>
    public static IReadOnlyList<string> References(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!).Order(StringComparer.Ordinal)];

    /// <summary>The full names of the types of namespace <paramref name="ns"/> (or below) that <paramref name="assembly"/>'s metadata refers to.</summary>
    public static IReadOnlyList<string> TypesReferencedIn(Assembly assembly, string ns)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        return [.. metadata.TypeReferences
            .Select(h => metadata.GetTypeReference(h))
            .Select(t => $"{metadata.GetString(t.Namespace)}.{metadata.GetString(t.Name)}")
            .Where(n => n.StartsWith(ns + ".", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether a referenced assembly comes from the .NET runtime itself (not a package or a project).</summary>
    public static bool IsRuntime(string name)
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return File.Exists(Path.Combine(runtime, name + ".dll"));
    }
}
