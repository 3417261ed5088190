output "arns" {
  description = "Secret ARNs by name (jwt-private-key, data-key, database-url, migrate-database-url, database-read-url, smtp-password, redis-url)."
  value = merge(
    { for key, secret in aws_secretsmanager_secret.operator_set : key => secret.arn },
    { redis-url = aws_secretsmanager_secret.redis_url.arn },
  )
}
