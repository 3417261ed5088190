output "name" {
  description = "Service name (CloudWatch dimensions, infra/deploy.sh)."
  value       = aws_ecs_service.this.name
}

output "security_group_id" {
  description = "The tasks' security group (data stores admit it)."
  value       = aws_security_group.this.id
}
