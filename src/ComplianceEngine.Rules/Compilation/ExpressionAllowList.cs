using ComplianceEngine.Core.Monitoring;
using System.Reflection;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Compilation;

/// <summary>
/// What a rule expression may name: the record model's own members, the documented parameter helpers, and a short list
/// of pure value types and operators (docs/rule-format.md, "What expressions can use"). Everything else is refused
/// when the catalog loads, so a catalog cannot reach reflection, files, processes or the host's types.
/// </summary>
internal static class ExpressionAllowList
{
    /// <summary>Widest constant width <c>PadLeft</c>/<c>PadRight</c> may pad to, in characters.</summary>
    public const int MaxPadWidth = 256;

    /// <summary>Longest constant format string for <c>ToString(format)</c>, in characters.</summary>
    public const int MaxFormatLength = 32;

    /// <summary>How deep lambdas may nest: each level multiplies the work by the size of one of the record's collections.</summary>
    public const int MaxLambdaDepth = 2;

    public const string SeeDocs = "(allowed: see docs/rule-format.md)";

    /// <summary>The record model: its public properties are what rules read.</summary>
    public static readonly HashSet<Type> RecordTypes =
    [
        typeof(ComplianceRecord), typeof(EnterpriseRecord), typeof(ProjectRecord), typeof(Facility), typeof(Emission),
        typeof(Permit), typeof(ProjectSite), typeof(EnforcementHistory), typeof(CapacityReplacement), typeof(RegionalOffset),
        typeof(ExceedanceMonth), typeof(ExceedanceReading),
    ];

    private static readonly HashSet<Type> Scalars =
    [
        typeof(bool), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long),
        typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(char), typeof(string),
        typeof(DateOnly), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(DayOfWeek), typeof(RecordKind),
    ];

    private static readonly HashSet<Type> CollectionShapes =
    [
        typeof(IEnumerable<>), typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IReadOnlySet<>), typeof(List<>),
        typeof(HashSet<>), typeof(IOrderedEnumerable<>), typeof(IList<>), typeof(ICollection<>),
    ];

    private static readonly HashSet<string> ParameterHelpers =
    [
        nameof(ParameterSet.Num), nameof(ParameterSet.Date), nameof(ParameterSet.Flag), nameof(ParameterSet.DaysUntil),
        nameof(ParameterSet.Limit), nameof(ParameterSet.LimitWhateverAge), nameof(ParameterSet.LimitSource), nameof(ParameterSet.AsOf), nameof(ParameterSet.City), nameof(ParameterSet.DateBefore),
    ];

    /// <summary>LINQ operators over the record's collections. No Range, Repeat or anything else that makes a collection from a count.</summary>
    private static readonly HashSet<string> CollectionOperators =
    [
        "Any", "All", "Count", "LongCount", "Where", "Select", "Sum", "Max", "Min", "Average", "Contains", "First",
        "FirstOrDefault", "Last", "LastOrDefault", "Single", "SingleOrDefault", "Distinct", "OrderBy", "OrderByDescending",
        "ThenBy", "ThenByDescending", "Take", "Skip", "ToList", "ToArray", "Concat", "Union", "Intersect", "Except",
        "DefaultIfEmpty", "ElementAt", "ElementAtOrDefault", "Reverse", "SequenceEqual", "AsEnumerable",
    ];

    /// <summary>String members whose result is no longer than their inputs (Replace, PadLeft and PadRight only with small constant arguments: <see cref="AllowListWalker"/>).</summary>
    private static readonly HashSet<string> StringMembers =
    [
        "Length", "Chars", "get_Chars", "Contains", "StartsWith", "EndsWith", "IndexOf", "LastIndexOf", "Substring", "Trim",
        "TrimStart", "TrimEnd", "ToUpper", "ToLower", "ToUpperInvariant", "ToLowerInvariant", "Equals", "CompareTo",
        "Compare", "CompareOrdinal", "IsNullOrEmpty", "IsNullOrWhiteSpace", "Concat", "Join", "Split", "ToString",
        "op_Equality", "op_Inequality", "Empty", "Replace", "PadLeft", "PadRight",
    ];

    private static readonly HashSet<string> DateMembers =
    [
        "Year", "Month", "Day", "DayOfYear", "DayOfWeek", "DayNumber", "AddDays", "AddMonths", "AddYears", "FromDayNumber",
        "Date", "Days", "TotalDays", "Hours", "TotalHours", "FromDays", "FromHours", "MinValue", "MaxValue",
        "ToDateTime", "FromDateTime", "Parse",
    ];

    /// <summary>Members on every scalar: comparison, equality, formatting, parsing, the operators and the bounds.</summary>
    private static readonly HashSet<string> ScalarMembers =
    [
        "Equals", "CompareTo", "ToString", "Parse", "MinValue", "MaxValue", "HasValue", "Value", "GetValueOrDefault",
        "IsNaN", "IsInfinity", "IsFinite", "PI", "E",
    ];

    /// <summary>A value a fact may report: a scalar, an enum, or a nullable one.</summary>
    public static bool IsFactScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return Scalars.Contains(t) || (t.IsEnum && t.Assembly == typeof(ComplianceRecord).Assembly);
    }

    /// <summary>The element type when <paramref name="type"/> is an array or one of the allowed collection shapes.</summary>
    public static Type? ElementOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && CollectionShapes.Contains(type.GetGenericTypeDefinition()) ? type.GetGenericArguments()[0] : null;
    }

    /// <summary>Whether a value of this static type may flow through an expression.</summary>
    public static bool IsAllowedType(Type type) =>
        type == typeof(object) || type == typeof(ParameterSet) || IsFactScalar(type) || RecordTypes.Contains(type)
        || (ElementOf(type) is { } element && IsAllowedType(element));

    /// <summary>Whether the member may be named (its result type and arguments are checked by <see cref="AllowListWalker"/>).</summary>
    public static bool IsAllowedMember(MemberInfo member)
    {
        var declaring = member.DeclaringType;
        if (declaring is null)
        {
            return false;
        }

        var name = member.Name;
        if (RecordTypes.Contains(declaring))
        {
            // The model's own properties, value methods and ==/!=; not the compiler-made record members.
            return member is PropertyInfo { Name: not "EqualityContract" }
                || member is MethodInfo { Name: "op_Equality" or "op_Inequality" }
                || (member is MethodInfo m && !m.Name.Contains('<') && m.Name is not ("ToString" or "Equals" or "GetHashCode" or "Deconstruct")
                    && m.GetParameters().All(x => IsFactScalar(x.ParameterType)));
        }

        if (declaring == typeof(ParameterSet))
        {
            return ParameterHelpers.Contains(name);
        }

        if (declaring == typeof(Math))
        {
            return true;
        }

        if (declaring == typeof(Enumerable) || declaring == typeof(Queryable))
        {
            return CollectionOperators.Contains(name);
        }

        if (declaring == typeof(string))
        {
            return StringMembers.Contains(name);
        }

        if (declaring == typeof(DateTime) && name is "Now" or "UtcNow" or "Today")
        {
            // The clock is not an input: the same record and as-of date must give the same result.
            return false;
        }

        if (declaring == typeof(DateOnly) || declaring == typeof(DateTime) || declaring == typeof(TimeSpan))
        {
            return DateMembers.Contains(name) || ScalarMembers.Contains(name) || name.StartsWith("op_", StringComparison.Ordinal);
        }

        if (IsFactScalar(declaring) || (declaring.IsGenericType && declaring.GetGenericTypeDefinition() == typeof(Nullable<>)))
        {
            return ScalarMembers.Contains(name) || name.StartsWith("op_", StringComparison.Ordinal);
        }

        if (declaring == typeof(Enum))
        {
            return name is "ToString" or "Equals" or "CompareTo" or "HasFlag";
        }

        if (declaring == typeof(Array))
        {
            return name == "Length";
        }

        // Count, indexers and Contains of the record's own collections.
        return ElementOf(declaring) is { } element && IsAllowedType(element) && name is "Count" or "Length" or "get_Item" or "Item" or "Contains";
    }
}
