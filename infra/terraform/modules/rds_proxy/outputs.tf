output "endpoint" {
  description = "Host name the servers connect to (database-url secret)."
  value       = aws_db_proxy.this.endpoint
}

output "name" {
  description = "Name of the proxy (CloudWatch dimensions)."
  value       = aws_db_proxy.this.name
}

output "security_group_id" {
  description = "The proxy's security group (the database admits it)."
  value       = aws_security_group.this.id
}
