output "arn" {
  description = "Repository ARN (the execution role may pull from it only)."
  value       = aws_ecr_repository.this.arn
}

output "url" {
  description = "Repository URL to push to and to name images by."
  value       = aws_ecr_repository.this.repository_url
}
