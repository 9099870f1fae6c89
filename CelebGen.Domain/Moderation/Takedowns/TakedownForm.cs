using System.ComponentModel.DataAnnotations;

namespace CelebGen.Domain.Moderation.Takedowns;

/// <summary>What the public form posts. Field rules live here so the page and the service agree.</summary>
public sealed class TakedownForm
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200)]
    public string ReporterName { get; set; } = "";

    [Required(ErrorMessage = "Enter an email address so we can tell you the outcome.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256)]
    public string ReporterEmail { get; set; } = "";

    public ReporterRelationship Relationship { get; set; } = ReporterRelationship.PersonShown;

    public TakedownCategory Category { get; set; } = TakedownCategory.LikenessWithoutConsent;

    [StringLength(20)]
    public string? ReferenceCode { get; set; }

    /// <summary>Optional. A browser posts the empty field as "", which [Url] would refuse, so blank reads as not given.</summary>
    [Url(ErrorMessage = "Enter a full web address starting with http:// or https://.")]
    [StringLength(2000)]
    public string? SeenAtUrl { get; set => field = string.IsNullOrWhiteSpace(value) ? null : value; }

    [Required(ErrorMessage = "Describe what is wrong with the image.")]
    [StringLength(4000, MinimumLength = 10, ErrorMessage = "Describe the problem in at least 10 characters.")]
    public string Description { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessage = "Confirm that the report is made in good faith and is accurate.")]
    public bool GoodFaith { get; set; }

    [Required(ErrorMessage = "Type your full name as a signature.")]
    [StringLength(200)]
    public string Signature { get; set; } = "";
}
