using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Host.Pipeline;

/// <summary>
/// One JSON style for every response: the engine's result style (<see cref="ResultJson"/>): camelCase names, Chinese
/// written as is (not <c>\uXXXX</c>), enums as kebab-case strings, dates yyyy-MM-dd, nulls left out.
/// </summary>
public static class ApiJson
{
    public static void Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var style = ResultJson.Compact;
        options.PropertyNamingPolicy = style.PropertyNamingPolicy;
        options.PropertyNameCaseInsensitive = style.PropertyNameCaseInsensitive;
        options.NumberHandling = style.NumberHandling;
        options.Encoder = style.Encoder;
        options.DefaultIgnoreCondition = style.DefaultIgnoreCondition;
        foreach (var converter in style.Converters)
        {
            options.Converters.Add(converter);
        }
    }
}
