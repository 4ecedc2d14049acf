namespace ComplianceEngine.Synthetic;

/// <summary>Seeded random draws with the few shapes the generator needs.</summary>
internal sealed class Draw(int seed)
{
    private readonly Random _random = new(seed);

    public double Uniform() => _random.NextDouble();
    public bool Chance(double p) => _random.NextDouble() < p;
    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);
    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public T Weighted<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = items.Sum(weight);
        var x = _random.NextDouble() * total;
        foreach (var item in items)
        {
            x -= weight(item);
            if (x < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    /// <summary>Standard normal (Box-Muller).</summary>
    public double Normal()
    {
        var u1 = 1.0 - _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * _random.NextDouble());
    }

    public int Poisson(double mean)
    {
        // Knuth's method: fine for the small means used here.
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = 1.0;
        do
        {
            k++;
            p *= _random.NextDouble();
        }
        while (p > limit);
        return k - 1;
    }
}
