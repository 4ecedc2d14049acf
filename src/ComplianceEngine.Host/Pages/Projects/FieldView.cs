using ComplianceEngine.Core.Evaluation;
using Microsoft.Extensions.Primitives;

namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>What <c>_ProjectField</c> draws: the field, the value entered (to show again) and the reader's problems with it.</summary>
public sealed record FieldView(ProjectFormField Field, StringValues Value, IReadOnlyList<RecordError> Errors)
{
    public string Id => ProjectFormField.InputId(Field.Name);

    public string ErrorId => Id + "-error";
}
