using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Rules.Catalog;

/// <summary>
/// A property path an expression reads from the record (<c>r.Site.DistanceToYangtzeKm</c>) or the facility
/// (<c>f.CapacityTph</c>) whose last step may be absent by the contract (a nullable property). Reads it through a
/// delegate compiled on first use (it is asked on every evaluation that does not fire).
/// </summary>
public sealed partial class OptionalField
{
    private readonly PropertyInfo[] _steps;
    private Func<object?, bool>? _isMissing;

    private OptionalField(string path, bool onFacility, PropertyInfo[] steps, string jsonPath)
    {
        Path = path;
        OnFacility = onFacility;
        _steps = steps;
        JsonPath = jsonPath;
    }

    /// <summary>As written in expressions, e.g. <c>f.CapacityTph</c>.</summary>
    public string Path { get; }
    public bool OnFacility { get; }

    /// <summary>The contract's name, e.g. <c>facilities[].capacityTph</c>, <c>site.distanceToYangtzeKm</c>.</summary>
    public string JsonPath { get; }

    [GeneratedRegex(@"\b([rf])((?:\.[A-Z][A-Za-z0-9]*)+)")]
    private static partial Regex Access();

    /// <summary>True when the value (or an object on the way to it) is absent on this record or facility.</summary>
    public bool IsMissing(ComplianceRecord record, Facility? facility) =>
        (_isMissing ??= CompileIsMissing(_steps))(OnFacility ? facility : record);

    // value => each step read only from an instance of its declaring type, else null; true when the end is null.
    private static Func<object?, bool> CompileIsMissing(PropertyInfo[] steps)
    {
        var input = Expression.Parameter(typeof(object), "value");
        var value = Expression.Variable(typeof(object), "v");
        var body = new List<Expression> { Expression.Assign(value, input) };
        foreach (var step in steps)
        {
            var owner = step.DeclaringType!;
            body.Add(Expression.Assign(value, Expression.Condition(Expression.TypeIs(value, owner),
                Expression.Convert(Expression.Property(Expression.Convert(value, owner), step), typeof(object)),
                Expression.Constant(null, typeof(object)))));
        }

        body.Add(Expression.ReferenceEqual(value, Expression.Constant(null, typeof(object))));
        return Expression.Lambda<Func<object?, bool>>(Expression.Block(typeof(bool), [value], body), input).Compile();
    }

    /// <summary>Every optional path an expression reads, for records of the given type; each nullable step on the way counts.</summary>
    public static IEnumerable<OptionalField> ReadBy(string expression, Type recordType)
    {
        var nullability = new NullabilityInfoContext();
        foreach (Match m in Access().Matches(expression))
        {
            var onFacility = m.Groups[1].Value == "f";
            var type = onFacility ? typeof(Facility) : recordType;
            var steps = new List<PropertyInfo>();
            var json = onFacility ? "facilities[]" : "";
            foreach (var name in m.Groups[2].Value.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
                if (property is null)
                {
                    break;
                }

                steps.Add(property);
                json = json.Length == 0 ? Camel(name) : $"{json}.{Camel(name)}";
                if (nullability.Create(property).ReadState == NullabilityState.Nullable)
                {
                    yield return new OptionalField((onFacility ? "f." : "r.") + string.Join('.', steps.Select(s => s.Name)), onFacility, [.. steps], json);
                }

                type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            }
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
