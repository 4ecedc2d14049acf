using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// Streams records through the catalog: read (this thread's producer) → evaluate in batches on all cores → hand to
/// <c>write</c> in input order on the calling thread. At most <see cref="InFlight"/> batches are held, so memory does
/// not grow with the input. Valid records go through the catalog, invalid ones become results with their errors.
/// </summary>
internal static class ScreeningPipeline
{
    private const int BatchSize = 256;

    private static readonly int InFlight = Math.Max(4, Environment.ProcessorCount * 4);

    /// <summary>
    /// Runs the pipeline to the end of <paramref name="records"/>. An exception from reading (a broken file) is
    /// rethrown after every result before it has been written; one from <paramref name="write"/> stops the reading.
    /// </summary>
    public static long Run(RuleSet ruleSet, IEnumerable<ParsedRecord> records, DateOnly asOf, Action<ParsedRecord, EvaluationResult> write)
    {
        var pending = Channel.CreateBounded<Task<Batch>>(new BoundedChannelOptions(InFlight) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? readFailure = null;
        var producer = Task.Run(async () =>
        {
            try
            {
                using var reading = records.GetEnumerator();
                var batch = new List<ParsedRecord>(BatchSize);
                var more = true;
                while (more)
                {
                    try
                    {
                        more = reading.MoveNext();
                    }
                    catch (Exception e)
                    {
                        // The records read before the break are still evaluated and written.
                        readFailure = ExceptionDispatchInfo.Capture(e);
                        more = false;
                    }

                    if (more)
                    {
                        batch.Add(reading.Current);
                        if (batch.Count < BatchSize)
                        {
                            continue;
                        }
                    }

                    if (batch.Count > 0)
                    {
                        var items = batch.ToArray();
                        batch.Clear();
                        await pending.Writer.WriteAsync(Task.Run(() => Evaluate(ruleSet, items, asOf)), stop.Token);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            finally
            {
                pending.Writer.Complete();
            }
        });

        long count = 0;
        try
        {
            while (pending.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (pending.Reader.TryRead(out var task))
                {
                    var batch = task.GetAwaiter().GetResult();
                    for (var i = 0; i < batch.Parsed.Length; i++)
                    {
                        write(batch.Parsed[i], batch.Results[i]);
                    }

                    count += batch.Parsed.Length;
                }
            }
        }
        finally
        {
            stop.Cancel();
            producer.GetAwaiter().GetResult();
        }

        readFailure?.Throw();
        return count;
    }

    // The screening room's offline path: the same evaluation every other door uses, without a store.
    private static Batch Evaluate(RuleSet ruleSet, ParsedRecord[] parsed, DateOnly asOf) =>
        new(parsed, RecordScreening.EvaluateBatch(ruleSet, parsed, asOf));

    private sealed record Batch(ParsedRecord[] Parsed, EvaluationResult[] Results);
}
