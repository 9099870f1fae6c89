namespace CelebGen.AvatarData;

/// <summary>The 16 varied prompts of docs/demo-model-samples.png.</summary>
public static class ShowcasePrompts
{
    public static readonly string[] All =
    [
        "a cartoon avatar of a smiling person with short red hair and round glasses on a blue background",
        "a cartoon avatar of a serious person with long black hair on a yellow background",
        "a cartoon avatar of a surprised person with curly blonde hair on a purple background",
        "a cartoon avatar of a smiling person with spiky blue hair wearing sunglasses on an orange background",
        "a cartoon avatar of a smiling person with dark skin and curly white hair on a green background",
        "a cartoon avatar of a serious person with long pink hair wearing a red shirt on a gray background",
        "a cartoon avatar of a smiling person with short brown hair wearing a yellow beanie on a pink background",
        "a cartoon avatar of a person with light skin and long red hair wearing square glasses on a white background",
        "a cartoon avatar of a smiling person with short green hair wearing a blue cap on a red background",
        "a cartoon avatar of a surprised person with tan skin and spiky black hair on a blue gradient background",
        "a cartoon avatar of a smiling person with long blonde hair and blue eyes on a green gradient background",
        "a cartoon avatar of a serious person with a square face and short white hair wearing a black shirt on a yellow background",
        "a cartoon avatar of a smiling person with brown skin and curly black hair wearing round glasses on an orange background",
        "a cartoon avatar of a person with short pink hair wearing a green shirt on a purple gradient background",
        "a cartoon avatar of a surprised person with long blue hair wearing a red beanie on a white background",
        "a cartoon avatar of a smiling person with spiky red hair wearing sunglasses and a blue shirt on a gray background",
    ];
}
