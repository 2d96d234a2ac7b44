using System.Text.Json;
using System.Text.Json.Serialization;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Infrastructure;

