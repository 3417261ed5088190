output "url" {
  description = "rediss:// URL with the auth token, for the redis-url secret."
  value       = "rediss://:${random_password.auth.result}@${aws_elasticache_replication_group.this.primary_endpoint_address}:6379/0"
  sensitive   = true
}

output "replication_group_id" {
  description = "Replication group id (CloudWatch dimensions)."
  value       = aws_elasticache_replication_group.this.id
}
