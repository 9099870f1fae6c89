using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Diffusion;
using CelebGen.Domain.Photos;

namespace CelebGen.Domain.Generation;

/// <summary>The limits a form must respect: the model's bounds and the plan's images per request.</summary>
public static class GenerationRules
{
    /// <returns>A message the user can act on, or null when the form is fine.</returns>
    public static async Task<string?> ValidateAsync(GenerationForm form, DiffusionModelInfo model, PlanDefinition plan, Func<Guid, Task<ReferencePhoto?>> findPhoto)
    {
        if (string.IsNullOrWhiteSpace(form.Prompt) && form.StyleId is null)
        {
            return "Describe the avatar you want, or pick a style.";
        }
        if (form.Prompt.Length > GenerationForm.MaxPromptLength || form.NegativePrompt.Length > GenerationForm.MaxPromptLength)
        {
            return $"Prompts can be at most {GenerationForm.MaxPromptLength} characters.";
        }
        var maxCount = Math.Min(plan.MaxImagesPerRequest, model.MaxCount);
        if (form.Count < 1 || form.Count > maxCount)
        {
            return plan.MaxImagesPerRequest < model.MaxCount
                ? $"The {plan.Name} plan makes up to {plan.MaxImagesPerRequest} {(plan.MaxImagesPerRequest == 1 ? "image" : "images")} per request. Upgrade for more."
                : $"This model makes 1 to {maxCount} images per request.";
        }
        if (form.Steps is { } steps && (steps < model.MinSteps || steps > model.MaxSteps))
        {
            return $"Steps must be between {model.MinSteps} and {model.MaxSteps} for {model.Name}.";
        }
        if (form.Guidance is { } guidance && (guidance < model.MinGuidance || guidance > model.MaxGuidance))
        {
            return $"Guidance must be between {model.MinGuidance:0.#} and {model.MaxGuidance:0.#} for {model.Name}.";
        }
        if (form.Seed is < 0)
        {
            return "The seed must be a positive number.";
        }
        if (form.ReferencePhotoId is { } photoId)
        {
            if (!model.SupportsReferenceImage)
            {
                return $"{model.Name} cannot start from a reference photo.";
            }
            if (form.Strength is < 0 or > 1)
            {
                return "Reference strength must be between 0 and 1.";
            }
            if (await findPhoto(photoId) is null)
            {
                return "That reference photo is no longer in your photos. Pick another one.";
            }
        }
        return null;
    }
}
