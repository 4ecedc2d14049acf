using System.Linq.Expressions;
using System.Reflection;

namespace ComplianceEngine.Rules.Compilation;

/// <summary>
/// Walks a parsed rule expression and finds the first (innermost) node that <see cref="ExpressionAllowList"/> does not
/// allow: a member, a type, a constructor, a lambda outside a collection operator, or a growing string operation.
/// It only reads the tree; a refused expression is never compiled.
/// </summary>
internal sealed class AllowListWalker : ExpressionVisitor
{
    private readonly HashSet<LambdaExpression> _operatorLambdas = [];
    private int _depth;

    /// <summary>Why the expression is refused, or null when everything in it is allowed.</summary>
    public string? Problem { get; private set; }

    public static string? Check(Expression expression)
    {
        var walker = new AllowListWalker();
        walker.Visit(expression);
        return walker.Problem;
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null || Problem is not null)
        {
            return node;
        }

        // Children first, so the message names the innermost offender (GetType, not the .Assembly read on its result).
        base.Visit(node);
        Problem ??= Refusal(node);
        return node;
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        if (!_operatorLambdas.Contains(node))
        {
            Problem ??= $"a lambda is allowed only as the argument of a collection operator such as Any or Where {ExpressionAllowList.SeeDocs}";
            return node;
        }

        if (++_depth > ExpressionAllowList.MaxLambdaDepth)
        {
            Problem ??= $"lambdas nest {_depth} deep; rule expressions allow at most {ExpressionAllowList.MaxLambdaDepth}, "
                + "since each level multiplies the work by the size of a collection";
        }

        Visit(node.Body);
        _depth--;
        return node;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (IsCollectionOperator(node.Method))
        {
            foreach (var argument in node.Arguments)
            {
                if ((argument is UnaryExpression { NodeType: ExpressionType.Quote } q ? q.Operand : argument) is LambdaExpression lambda)
                {
                    _operatorLambdas.Add(lambda);
                }
            }
        }

        return base.VisitMethodCall(node);
    }

    private static bool IsCollectionOperator(MethodInfo method) =>
        (method.DeclaringType == typeof(Enumerable) || method.DeclaringType == typeof(Queryable)) && ExpressionAllowList.IsAllowedMember(method);

    private string? Refusal(Expression node)
    {
        var problem = node switch
        {
            LambdaExpression => null,
            UnaryExpression { NodeType: ExpressionType.Quote } => null,
            MemberExpression m => Member(m.Member),
            MethodCallExpression { Method.Name: "ToString" or "Equals", Object: { } on } c
                when c.Method.DeclaringType == typeof(object) && ExpressionAllowList.IsFactScalar(on.Type) => Arguments(c),
            MethodCallExpression c => Member(c.Method) ?? Arguments(c),
            UnaryExpression { Method: { } method } => Member(method),
            BinaryExpression { Method: { } method } => Member(method),
            TypeBinaryExpression t => Type(t.TypeOperand),
            IndexExpression { Indexer: { } indexer } => Member(indexer),
            NewExpression n => n.Constructor?.DeclaringType is { } t && (t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(TimeSpan))
                ? null
                : $"creating a {Name(n.Type)} is not allowed in rule expressions {ExpressionAllowList.SeeDocs}",
            NewArrayExpression { NodeType: ExpressionType.NewArrayBounds } =>
                $"an array of computed size is not allowed in rule expressions {ExpressionAllowList.SeeDocs}",
            ConstantExpression { Value: { } value } => Type(value.GetType()),
            ConstantExpression or ParameterExpression or ConditionalExpression or DefaultExpression or NewArrayExpression
                or UnaryExpression or BinaryExpression or TypeBinaryExpression or IndexExpression => null,
            _ => $"expression kind {node.NodeType} is not allowed in rule expressions {ExpressionAllowList.SeeDocs}",
        };
        return problem ?? (node is LambdaExpression or UnaryExpression { NodeType: ExpressionType.Quote } ? null : Type(node.Type));
    }

    private static string? Member(MemberInfo member)
    {
        if (member.DeclaringType == typeof(Enumerable) && member.Name is "Range" or "Repeat" or "Empty")
        {
            return $"member System.Linq.Enumerable.{member.Name} is not allowed in rule expressions: collections come only from the record {ExpressionAllowList.SeeDocs}";
        }

        return ExpressionAllowList.IsAllowedMember(member)
            ? null
            : $"member {Name(member.DeclaringType!)}.{member.Name} is not allowed in rule expressions {ExpressionAllowList.SeeDocs}";
    }

    private static string? Type(Type type) =>
        ExpressionAllowList.IsAllowedType(type) ? null : $"type {Name(type)} is not allowed in rule expressions {ExpressionAllowList.SeeDocs}";

    /// <summary>String and formatting calls whose output could outgrow their input: only with small constant arguments.</summary>
    private static string? Arguments(MethodCallExpression call)
    {
        var name = call.Method.Name;
        if (call.Method.DeclaringType == typeof(string) && name is "PadLeft" or "PadRight")
        {
            return call.Arguments[0] is ConstantExpression { Value: int width } && width <= ExpressionAllowList.MaxPadWidth
                ? null
                : $"member System.String.{name} is allowed only with a constant width of at most {ExpressionAllowList.MaxPadWidth} {ExpressionAllowList.SeeDocs}";
        }

        if (call.Method.DeclaringType == typeof(string) && name == "Replace")
        {
            // A replacement longer than what it replaces multiplies the length with every link of a chain.
            var ok = call.Arguments.Count == 2
                && call.Arguments[0] is ConstantExpression { Value: string or char } old
                && call.Arguments[1] is ConstantExpression { Value: string or char or null } replacement
                && Length(replacement.Value) <= Length(old.Value);
            return ok
                ? null
                : $"member System.String.Replace is allowed only with constant arguments whose replacement is no longer than what it replaces {ExpressionAllowList.SeeDocs}";
        }

        if (name == "ToString" && call.Arguments.Count > 0)
        {
            return call.Arguments.Count == 1 && call.Arguments[0] is ConstantExpression { Value: string format } && format.Length <= ExpressionAllowList.MaxFormatLength
                ? null
                : $"ToString takes only a constant format of at most {ExpressionAllowList.MaxFormatLength} characters {ExpressionAllowList.SeeDocs}";
        }

        return null;
    }

    private static int Length(object? value) => value switch
    {
        string s => s.Length,
        char => 1,
        _ => 0,
    };

    /// <summary>A readable type name: <c>System.Nullable&lt;System.Double&gt;</c> rather than the CLR's mangled one.</summary>
    public static string Name(Type type) => type.IsGenericType
        ? $"{type.Namespace}.{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.FullName ?? type.Name;
}
