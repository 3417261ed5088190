output "load_balancer_dns_name" {
  description = "Point the API's and the web app's DNS names (the certificate's) at this."
  value       = module.rupaya.load_balancer_dns_name
}

output "ecs_cluster_name" {
  description = "The ECS cluster: the pipeline's STAGING_CLUSTER / PRODUCTION_CLUSTER, infra/deploy.sh's CLUSTER."
  value       = module.rupaya.ecs_cluster_name
}

output "ecr_repository_url" {
  description = "Where the pipeline pushes the image (its ECR_REPOSITORY is the part after the registry host)."
  value       = module.rupaya.ecr_repository_url
}

output "database_proxy_endpoint" {
  description = "RDS Proxy host for the database-url secret (postgresql://rupaya:PASSWORD@HOST:5432/rupaya?sslmode=require)."
  value       = module.rupaya.database_proxy_endpoint
}

output "database_primary_address" {
  description = "Primary host for the migrate-database-url secret (migrations bypass the proxy)."
  value       = module.rupaya.database_primary_address
}

output "database_replica_address" {
  description = "Read replica host for the database-read-url secret (postgresql://rupaya:PASSWORD@HOST:5432/rupaya?sslmode=require)."
  value       = module.rupaya.database_replica_address
}

output "database_master_secret_arn" {
  description = "RDS-managed secret holding the database user's password (rotate it there)."
  value       = module.rupaya.database_master_secret_arn
}

output "secret_arns" {
  description = "Secrets Manager ARNs by name: put the signing key, data key, database URLs and SMTP password here before the first deploy."
  value       = module.rupaya.secret_arns
}

output "alarm_topic_arn" {
  description = "SNS topic of the CloudWatch alarms (subscribe the pager and chat)."
  value       = module.rupaya.alarm_topic_arn
}
