namespace CelebGen.Domain.Imaging.Provenance;

/// <summary>What every CelebGen output says about itself in its XMP packet.</summary>
public sealed record ProvenanceRecord(ImageReference Reference, DateTimeOffset CreatedAt, string CreatorTool = ProvenanceRecord.DefaultCreatorTool)
{
    public const string DefaultCreatorTool = "CelebGen";

    /// <summary>IPTC NewsCodes term for media made by a trained model.</summary>
    public const string TrainedAlgorithmicMedia = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";
}
