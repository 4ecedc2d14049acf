using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace ComplianceEngine.Risk.Training;

/// <summary>The trainers compared during selection, with the parameters recorded in the model's metadata.</summary>
internal static class TrainerCandidates
{
    public static IReadOnlyList<(string Name, IReadOnlyDictionary<string, string> Parameters, Func<MLContext, IEstimator<ITransformer>> Create)> All { get; } =
    [
        ("LightGbm", new Dictionary<string, string> { ["leaves"] = "15", ["iterations"] = "150", ["learningRate"] = "0.1", ["minExamplesPerLeaf"] = "50" },
            ml => ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                NumberOfLeaves = 15, NumberOfIterations = 150, LearningRate = 0.1, MinimumExampleCountPerLeaf = 50,
                Seed = 1, Verbose = false, Silent = true,
            })),
        ("FastTree", new Dictionary<string, string> { ["leaves"] = "15", ["trees"] = "100", ["learningRate"] = "0.15", ["minExamplesPerLeaf"] = "50" },
            ml => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                NumberOfLeaves = 15, NumberOfTrees = 100, LearningRate = 0.15, MinimumExampleCountPerLeaf = 50,
            })),
        ("LbfgsLogisticRegression", new Dictionary<string, string> { ["normalize"] = "min-max", ["l2"] = "1", ["l1"] = "1" },
            ml => ml.Transforms.NormalizeMinMax("Features").Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
                new LbfgsLogisticRegressionBinaryTrainer.Options { L2Regularization = 1, L1Regularization = 1 }))),
    ];
}
