namespace ComplianceEngine.Risk.Ranking;

/// <summary>
/// A cause a reason can name: when it applies to a feature vector, how to remove it (set the features to what a
/// clean enterprise would have), and its phrase in both languages.
/// </summary>
internal sealed record ReasonGroup(string Code, Func<float[], bool> Applies, Action<float[]> Remove, Func<float[], (string Zh, string En)> Phrase);
