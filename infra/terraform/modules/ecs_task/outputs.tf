output "arn" {
  description = "Task definition ARN (this revision)."
  value       = aws_ecs_task_definition.this.arn
}

output "family" {
  description = "Task definition family (infra/deploy.sh registers new revisions of it)."
  value       = aws_ecs_task_definition.this.family
}
