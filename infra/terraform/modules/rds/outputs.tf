output "primary_identifier" {
  description = "DB instance identifier of the primary (for alarms and RDS Proxy)."
  value       = aws_db_instance.primary.identifier
}

output "replica_identifier" {
  description = "DB instance identifier of the read replica."
  value       = aws_db_instance.replica.identifier
}

output "primary_address" {
  description = "Host name of the primary (migrations connect here; the servers go through RDS Proxy)."
  value       = aws_db_instance.primary.address
}

output "replica_address" {
  description = "Host name of the read replica (RUPAYA_DATABASE_READ_URL once read routing lands)."
  value       = aws_db_instance.replica.address
}

output "master_user_secret_arn" {
  description = "Secrets Manager ARN of the RDS-managed master credentials (RDS Proxy authenticates with it)."
  value       = aws_db_instance.primary.master_user_secret[0].secret_arn
}

output "security_group_id" {
  description = "The database's security group."
  value       = aws_security_group.this.id
}
